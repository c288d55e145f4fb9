#include "gotemplate/state.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>

#include <fmt/format.h>

#include "diag/spelling.hpp"
#include "diag/utf8.hpp"
#include "gotemplate/functions.hpp"

namespace telc::gotemplate {
namespace {

/// Go's unicode.IsSpace, which bytes.TrimSpace (and so IsEmptyTree) uses.
bool is_space(char32_t code_point) {
  switch (code_point) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0: return true;
    default: break;
  }
  return code_point == 0x1680 || (code_point >= 0x2000 && code_point <= 0x200A) || code_point == 0x2028 ||
         code_point == 0x2029 || code_point == 0x202F || code_point == 0x205F || code_point == 0x3000;
}

/// diag::closest's candidate when it looks like a misspelling of `word`: a single edit in a word of
/// three characters or more, or the same first letter. Names compare without their '$'.
std::optional<std::string> suggestion(std::string_view word, std::span<const std::string> candidates) {
  const bool sigil = !candidates.empty() && candidates.front().starts_with('$');
  std::optional<std::string> closest = diag::closest(word, candidates);
  if (!closest) return std::nullopt;
  const std::string_view name = std::string_view(*closest).substr(sigil ? 1 : 0);
  const std::string_view typed = word.substr(sigil && word.starts_with('$') ? 1 : 0);
  const bool one_edit = diag::edit_distance(typed, name) == 1 && typed.size() >= 3;
  const bool same_start = !typed.empty() && !name.empty() && (typed[0] | 0x20) == (name[0] | 0x20);
  if (!one_edit && !same_start) return std::nullopt;
  return fmt::format("did you mean {}?", *closest);
}

}  // namespace

State::State(std::string_view text, Engine engine) : text_(text), engine_(engine) {
  frames_.emplace_back();
  const std::span<const std::string> variables = preamble(engine);
  frames_.back().variables.assign(variables.begin(), variables.end());
}

void State::open_block(BlockKind kind, Span keyword) {
  blocks_.push_back({kind, keyword, frames_.back().variables.size(), {}, {}});
}

void State::close_block() {
  const OpenBlock& block = blocks_.back();
  // A control structure's variables end at its {{end}}; a {{block}}'s pipeline declares in the
  // enclosing template for good, as in Go.
  if (block.kind != BlockKind::block_block && block.kind != BlockKind::define_block) {
    std::vector<std::string>& variables = frames_.back().variables;
    ended_.insert(ended_.end(),
                  std::make_move_iterator(variables.begin() + static_cast<std::ptrdiff_t>(block.variables)),
                  std::make_move_iterator(variables.end()));
    variables.resize(block.variables);
  }
  blocks_.pop_back();
}

const OpenBlock* State::innermost_block() const { return blocks_.empty() ? nullptr : &blocks_.back(); }

void State::note_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const diag::Decoded decoded = diag::decode(text.substr(i));
    if (!is_space(decoded.code_point)) {
      mark_used();
      return;
    }
    i += decoded.length;
  }
}

void State::name_template(std::string name, Span span) {
  blocks_.back().name = std::move(name);
  blocks_.back().name_span = span;
}

void State::enter_frame() {
  frames_.emplace_back();
  frames_.back().variables.emplace_back("$");
}

void State::finish_definition() {
  const OpenBlock& block = blocks_.back();
  const bool used = frames_.back().used;
  frames_.pop_back();
  // Go keeps the first definition with content; an empty one never replaces it (parse.go add()).
  auto [it, inserted] = definitions_.emplace(block.name, used);
  if (!inserted && it->second && used) {
    throw SyntaxError(block.name_span.begin, block.name_span.end,
                      fmt::format("template \"{}\" is defined twice", block.name),
                      "each {{define}} and {{block}} needs its own name");
  }
  it->second = it->second || used;
  close_block();
}

void State::call_template(std::string name, Span span) { calls_.push_back({std::move(name), span}); }

void State::note_operand(bool executable, Span span) {
  Command& command = pipelines_.back().commands.back();
  if (command.has_operand) return;
  command = {true, executable, span};
}

void State::end_pipeline() {
  Pipeline pipeline = std::move(pipelines_.back());
  pipelines_.pop_back();
  for (std::size_t i = 1; i < pipeline.commands.size(); ++i) {
    const Command& command = pipeline.commands[i];
    if (!command.executable) {
      throw SyntaxError(command.first.begin, command.first.end,
                        fmt::format("non-executable command in pipeline stage {}: a constant cannot take the "
                                    "value piped into it",
                                    i + 1),
                        "pipe into a function, such as printf: {{ $value | printf \"%.2f\" }}");
    }
  }
  // The variables come into scope after the pipeline that declares them: "$x := $x" uses an
  // undefined $x (Go's parser accepts it; executing it fails).
  for (Named& declared : pipeline.declarations) {
    if (pipeline.assign && defined(declared.name)) continue;
    if (pipeline.assign) {
      add_error(declared.span, "template/undefined-variable",
                fmt::format("assignment to undeclared variable {}", declared.name),
                fmt::format("declare it with ':=' first: {{{{ {} := ... }}}}", declared.name));
    }
    frames_.back().variables.push_back(std::move(declared.name));  // reported once, not at every use
  }
}

bool State::defined(std::string_view variable) const {
  const std::vector<std::string>& in_scope = frames_.back().variables;
  return std::find(in_scope.begin(), in_scope.end(), variable) != in_scope.end();
}

bool State::declared_by_open_pipeline(std::string_view name) const {
  return std::any_of(pipelines_.begin(), pipelines_.end(), [&](const Pipeline& pipeline) {
    return std::any_of(pipeline.declarations.begin(), pipeline.declarations.end(),
                       [&](const Named& declared) { return declared.name == name; });
  });
}

std::optional<std::string> State::variable_hint(std::string_view name) const {
  if (declared_by_open_pipeline(name)) {
    return fmt::format("{} comes into scope after the pipeline that declares it", name);
  }
  if (std::find(ended_.begin(), ended_.end(), name) != ended_.end()) {
    return fmt::format("{} was declared in a block that has ended: a variable lives until its block's {{{{end}}}}",
                       name);
  }
  const std::span<const std::string> variables = preamble(engine_);
  if (frames_.size() > 1 && std::find(variables.begin(), variables.end(), name) != variables.end()) {
    return "only $ is defined inside {{define}} and {{block}}: pass the value as the template's argument";
  }
  std::vector<std::string> candidates;
  for (const std::string& variable : frames_.back().variables) {
    if (variable != "$" && std::find(candidates.begin(), candidates.end(), variable) == candidates.end()) {
      candidates.push_back(variable);
    }
  }
  return suggestion(name, candidates);
}

void State::use_variable(std::string_view name, Span span) {
  if (defined(name)) return;
  add_error(span, "template/undefined-variable", fmt::format("undefined variable {}", name), variable_hint(name));
}

void State::use_function(std::string_view name, Span span) {
  if (is_function(name, engine_)) return;
  add_error(span, "template/unknown-function", fmt::format("function \"{}\" is not defined", name),
            suggestion(name, function_names(engine_)));
}

void State::add_error(Span span, std::string code, std::string message, std::optional<std::string> hint) {
  errors_.push_back({span.begin, span.end, std::move(code), std::move(message), std::move(hint)});
}

std::vector<Error> State::take_errors(bool complete) {
  if (complete) {
    for (const Named& call : calls_) {
      if (definitions_.count(call.name) == 0) {
        add_error(call.span, "template/undefined-template",
                  fmt::format("template \"{}\" is not defined in this template", call.name),
                  "define it here with {{define \"name\"}}...{{end}}: an alert template sees no other");
      }
    }
  }
  std::stable_sort(errors_.begin(), errors_.end(),
                   [](const Error& left, const Error& right) { return left.begin < right.begin; });
  return std::move(errors_);
}

}  // namespace telc::gotemplate
