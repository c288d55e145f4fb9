#pragma once
// The parse state the actions drive (actions.hpp), kept as Go's parser keeps it (parse.go: vars,
// rangeDepth, treeSet): the variables in scope per template, the open control structures, the
// pipelines being parsed, the templates defined and called, and the name errors found so far.
// Unknown functions, undefined variables and undefined templates are collected and parsing goes
// on; what Go's parser rejects otherwise is thrown as a SyntaxError.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gotemplate/check.hpp"
#include "gotemplate/syntax_error.hpp"

namespace telc::gotemplate {

enum class BlockKind : unsigned char { if_block, range_block, with_block, block_block, define_block };

/// A control structure or template definition between its keyword and its {{end}}.
struct OpenBlock {
  BlockKind kind = BlockKind::if_block;
  Span keyword;
  std::size_t variables = 0;  // variables in scope when it opened; its {{end}} drops the rest
  std::string name;           // {{define}} and {{block}}
  Span name_span;
};

class State {
 public:
  State(std::string_view text, Engine engine);

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::size_t offset(const char* at) const { return static_cast<std::size_t>(at - text_.data()); }

  std::size_t depth = 0;         // guarded rules entered (control.hpp)
  std::size_t action_start = 0;  // the '{{' of the action being parsed
  std::size_t token_start = 0;   // the first byte of the string, character or number being parsed
  bool complex_number = false;   // the number being parsed is a complex constant ("1+2i")

  // Control structures and templates.
  void open_block(BlockKind kind, Span keyword);
  void close_block();
  [[nodiscard]] const OpenBlock* innermost_block() const;
  void enter_range() { ++frames_.back().range_depth; }
  void leave_range() { --frames_.back().range_depth; }
  [[nodiscard]] bool in_range() const { return frames_.back().range_depth > 0; }
  void mark_used() { frames_.back().used = true; }
  void note_text(std::string_view text);
  void name_template(std::string name, Span span);
  void enter_frame();
  /// Ends a {{define}} or {{block}} body; a second non-empty definition of a name is an error.
  void finish_definition();
  void call_template(std::string name, Span span);

  // Pipelines: the first operand of each command, and the variables declared or assigned.
  void begin_pipeline() { pipelines_.emplace_back(); }
  void begin_command() { pipelines_.back().commands.emplace_back(); }
  void note_operand(bool executable, Span span);
  void declare(std::string name, Span span) { pipelines_.back().declarations.push_back({std::move(name), span}); }
  void set_assignment(bool assign) { pipelines_.back().assign = assign; }
  void end_pipeline();

  // Names.
  void use_variable(std::string_view name, Span span);
  void use_function(std::string_view name, Span span);

  /// The name errors found, in source order; once the whole text parsed (`complete`), also the
  /// calls of templates that are never defined.
  [[nodiscard]] std::vector<Error> take_errors(bool complete);

 private:
  struct Frame {
    std::vector<std::string> variables;
    std::size_t range_depth = 0;
    bool used = false;  // Go's IsEmptyTree is false: an action, or text that is not all space
  };
  struct Command {
    bool has_operand = false;
    bool executable = true;
    Span first;
  };
  struct Named {
    std::string name;
    Span span;
  };
  struct Pipeline {
    std::vector<Command> commands;
    std::vector<Named> declarations;
    bool assign = false;
  };

  void add_error(Span span, std::string code, std::string message, std::optional<std::string> hint);
  [[nodiscard]] bool defined(std::string_view variable) const;
  [[nodiscard]] std::optional<std::string> variable_hint(std::string_view name) const;
  [[nodiscard]] bool declared_by_open_pipeline(std::string_view name) const;

  std::string_view text_;
  Engine engine_;
  std::vector<Frame> frames_;
  std::vector<OpenBlock> blocks_;
  std::vector<Pipeline> pipelines_;
  std::map<std::string, bool, std::less<>> definitions_;  // name -> defined with content
  std::vector<Named> calls_;
  std::vector<std::string> ended_;  // variables whose block has ended
  std::vector<Error> errors_;
};

}  // namespace telc::gotemplate
