#pragma once
// Builds a Document (JSON value and location table) from YAML node events, whichever reader
// produced them: libyaml (yaml_convert) or the reader of the common subset (yaml_fast).
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/sink.hpp"
#include "diag/source_manager.hpp"
#include "schema/document.hpp"

namespace telc::schema {

/// A piece of a file that holds at most one YAML document.
struct Chunk {
  std::size_t begin = 0;  // byte offsets in the file
  std::size_t end = 0;
  std::uint32_t first_line = 1;  // 1-based line of `begin`
};

struct ConvertLimits {
  std::size_t max_nodes;  // after alias expansion (alias bombs)
  std::size_t max_depth;  // nesting
};

/// A position as libyaml reports it: 0-based line and column (in characters) in the chunk.
struct YamlMark {
  std::size_t line = 0;
  std::size_t column = 0;
  bool operator==(const YamlMark&) const = default;
};

enum class YamlNodeKind : char { scalar, sequence, mapping, alias };

/// The start of a node: a scalar, an alias, or the start of a collection.
struct YamlNode {
  YamlNodeKind kind = YamlNodeKind::scalar;
  char style = 'p';           // NodeOffsets::style
  std::string_view text;      // a scalar's value; an alias's anchor name
  std::string_view anchor;    // empty: none
  const char* tag = nullptr;  // a scalar's resolved tag, nullptr: none
  bool plain_implicit = true;
  YamlMark start, end;
};

/// Receives the nodes of one document in order; keys are scalars given as nodes of their mapping.
/// Reports duplicate keys and the node and depth limits into its own sink, so a reader that gives
/// up half way leaves nothing behind.
class DocumentBuilder {
 public:
  DocumentBuilder(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, const ConvertLimits& limits,
                  Document& doc);

  /// False once the document failed (a limit, a key that is not a scalar, an unknown alias).
  bool node(const YamlNode& node);
  /// The end of the innermost open collection, `at` its end event's start.
  bool end(YamlMark at);

  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] diag::Sink& diagnostics() { return sink_; }
  /// The file's position of a mark (the end of the last line for libyaml's line after the text).
  [[nodiscard]] diag::SourcePos pos(YamlMark mark) const;

 private:
  struct Frame {
    nlohmann::json* value;     // the open collection
    std::size_t pointer_size;  // of its pointer
    std::size_t entry;         // in the location table
    std::size_t nodes_before;  // for an anchor's node count
    std::string anchor;
    std::size_t index = 0;  // the next item's (sequence); a mapping: 1 while a key's value is pending
    std::string key;        // that key
    diag::SourcePos key_at, key_end;
  };
  /// Where the next value goes, and the key naming it (a mapping's); extends pointer_.
  nlohmann::json* slot(diag::SourcePos& key, diag::SourcePos& key_end);
  bool read_key(Frame& frame, const YamlNode& node);
  void close_child();
  void keep_anchor(const std::string& anchor, const nlohmann::json& value, std::size_t nodes_before);
  nlohmann::json alias(const YamlNode& node);
  bool fail(YamlMark at, std::string code, std::string message, std::string hint);
  void report_duplicate(const Frame& frame);

  const diag::SourceManager& sources_;
  diag::FileId file_;
  Chunk chunk_;
  ConvertLimits limits_;
  Document& doc_;
  diag::Sink sink_;
  std::size_t lines_;
  std::vector<Frame> stack_;
  std::string pointer_;
  std::vector<std::unique_ptr<nlohmann::json>> discarded_;                           // values of duplicate keys
  std::unordered_map<std::string, std::pair<nlohmann::json, std::size_t>> anchors_;  // value, nodes
  std::size_t nodes_ = 0;
  bool failed_ = false;
};

/// The JSON value of a scalar node (YAML 1.2 core schema for plain scalars and core tags).
[[nodiscard]] nlohmann::json scalar_value(const YamlNode& node);

/// The JSON value of a plain (untagged, unquoted) YAML scalar under the YAML 1.2 core schema.
[[nodiscard]] nlohmann::json resolve_plain_scalar(const std::string& text);

}  // namespace telc::schema
