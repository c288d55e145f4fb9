#pragma once
// One YAML document converted to JSON, with a table from JSON Pointer to where each node is.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"
#include "diag/embedded_text.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

/// Where a node and the key naming it are (end positions are exclusive, as the parser reports
/// them; a collection's value_end is where its end event is, the start of the next token).
/// `style` is the scalar's YAML style: 'p' plain, '\'', '"', '|', '>'; '[' / '{' for flow
/// and 'b' for block collections; '*' for an alias.
struct NodeOffsets {
  diag::SourcePos key;  // line 0 when the node is not a mapping value
  diag::SourcePos key_end;
  diag::SourcePos value;
  diag::SourcePos value_end;
  char style = 0;
  friend bool operator==(const NodeOffsets&, const NodeOffsets&) = default;
};

/// JSON Pointer → offsets of every node. Flat: the pointers share one string and the index is
/// open-addressed, so a document of 100,000 nodes costs a few allocations, not 200,000.
class LocationTable {
 public:
  void add(std::string_view pointer, NodeOffsets offsets);
  /// Sets the end of the `entry`-th node added (0-based): a collection's end is known only after
  /// its items are added.
  void set_value_end(std::size_t entry, diag::SourcePos value_end);
  [[nodiscard]] const NodeOffsets* find(std::string_view pointer) const;
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  /// The node at `pointer`, or its nearest ancestor that is in the table.
  [[nodiscard]] std::pair<std::string_view, NodeOffsets> nearest(std::string_view pointer) const;
  /// The entries at and below `pointer`, with `pointer` removed from the front of each.
  [[nodiscard]] LocationTable below(std::string_view pointer) const;
  /// The same pointers with the same offsets, added in the same order.
  friend bool operator==(const LocationTable&, const LocationTable&) = default;

 private:
  struct Entry {
    std::uint32_t begin, length;  // the pointer, in text_
    std::size_t hash;
    NodeOffsets offsets;
    friend bool operator==(const Entry&, const Entry&) = default;
  };
  [[nodiscard]] std::string_view pointer_of(const Entry& entry) const {
    return std::string_view(text_).substr(entry.begin, entry.length);
  }
  void insert_slot(std::uint32_t entry);
  /// The index in entries_ of `pointer`, or entries_.size() when it is not in the table.
  [[nodiscard]] std::size_t entry_index(std::string_view pointer) const;
  void grow();

  std::string text_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // entry index + 1; 0 = empty
};

struct Document {
  diag::FileId file = diag::kNoFile;
  std::size_t index = 0;  // 0-based position of the document in its file
  nlohmann::json value;
  LocationTable locations;
};

/// The node at `pointer` of `doc` as a document of its own (an item of a Kubernetes `kind: List`),
/// its positions still those of the file.
[[nodiscard]] Document subdocument(const Document& doc, std::string_view pointer);

/// Resolves spans inside one document for diagnostics.
class Locator {
 public:
  Locator(const diag::SourceManager& sources, const Document& doc) : sources_(sources), doc_(doc) {}

  /// The node's value: a scalar's whole text, or the first character of a collection.
  [[nodiscard]] diag::SourceSpan value(std::string_view pointer) const;
  /// The whole node, a collection's items included: for telling whether a span lies inside it
  /// (the end column of a block collection is past the end of its last line).
  [[nodiscard]] diag::SourceSpan extent(std::string_view pointer) const;
  /// The key naming the node (falls back to the value for sequence items and the root).
  [[nodiscard]] diag::SourceSpan key(std::string_view pointer) const;
  /// Byte-exact map of a string scalar's value (for parsers of embedded languages); a number or
  /// boolean maps its text as written.
  [[nodiscard]] diag::EmbeddedText text(std::string_view pointer) const;
  /// The same, for a caller that holds the scalar's value already (the string, or the text as
  /// written of a number or boolean).
  [[nodiscard]] diag::EmbeddedText text(std::string_view pointer, std::string_view value) const;
  /// A scalar's text as written in the file (`1.50`, `true`), or "" when the node is not in the
  /// table; YAML readers that decode any scalar into a string field see this text.
  [[nodiscard]] std::string_view written(std::string_view pointer) const;

  [[nodiscard]] const diag::SourceManager& sources() const { return sources_; }
  [[nodiscard]] const Document& document() const { return doc_; }

 private:
  const diag::SourceManager& sources_;
  const Document& doc_;
};

/// The node at `pointer` in `root`, or nullptr; a plain walk that allocates nothing.
[[nodiscard]] const nlohmann::json* find_pointer(const nlohmann::json& root, std::string_view pointer);

/// find_pointer for many pointers into one document, in the order a model builder reads them
/// (`/groups/3/rules/7/expr`, then `/groups/3/rules/7/labels`): the walk starts from the deepest
/// node already reached on the way to the previous pointer, not from the root. One per thread.
class PointerCache {
 public:
  [[nodiscard]] const nlohmann::json* find(const nlohmann::json& root, std::string_view pointer);

 private:
  struct Step {
    std::size_t length;  // of the pointer to `node`, in pointer_
    const nlohmann::json* node;
  };
  std::string pointer_;     // the pointer of path_.back()
  std::vector<Step> path_;  // root first; each a collection
  std::string unescaped_;
};

/// `pointer` is `ancestor` or names a node below it (a whole-token prefix: `/a` is not above `/ab`).
[[nodiscard]] bool at_or_below(std::string_view pointer, std::string_view ancestor);

/// Appends a JSON Pointer reference token, escaping '~' and '/'.
void append_token(std::string& pointer, std::string_view token);
[[nodiscard]] std::string child_pointer(std::string_view parent, std::string_view token);
[[nodiscard]] std::string child_pointer(std::string_view parent, std::size_t index);

}  // namespace telc::schema
