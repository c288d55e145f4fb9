#pragma once
// One action<Rule> per rule that produces part of the tree. Actions only move things between the
// Builder's stacks; the node makers live in builder.cpp and literal.cpp.
#include <optional>
#include <string_view>

#include "cel/builder.hpp"
#include "cel/grammar.hpp"
#include "cel/syntax_error.hpp"

namespace telc::cel::grammar {

/// The offset of a rule's first token (its matched text starts with whitespace and comments).
template <typename Input> [[nodiscard]] std::size_t first(const Input& in, const Builder& builder) {
  return skip_trivia(builder.text(), builder.offset(in.begin()));
}
/// The offset of a rule's last byte.
template <typename Input> [[nodiscard]] std::size_t last(const Input& in, const Builder& builder) {
  return builder.offset(in.end()) - 1;
}

/// Pushes an identifier token, rejecting the words langdef.md reserves.
void push_identifier(Builder& builder, std::size_t begin, std::size_t end, bool is_field);

template <typename Rule> struct action : pegtl::nothing<Rule> {};

template <typename Input> void push_number(const Input& in, Builder& builder, bool is_uint, bool is_float) {
  builder.push(make_number(in.string_view(), builder.offset(in.begin()), is_uint, is_float));
}

template <> struct action<float_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_number(in, builder, false, true);
  }
};
template <> struct action<uint_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_number(in, builder, true, false);
  }
};
template <> struct action<int_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_number(in, builder, false, false);
  }
};
template <> struct action<neg_number> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    const std::string_view t = in.string_view();
    const bool is_float = t.find("0x") == std::string_view::npos && t.find_first_of(".eE") != std::string_view::npos;
    push_number(in, builder, false, is_float);
  }
};
template <> struct action<string_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.push(make_string(in.string_view(), builder.offset(in.begin()), false));
  }
};
template <> struct action<bytes_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.push(make_string(in.string_view(), builder.offset(in.begin()), true));
  }
};

template <typename Input> void push_constant(const Input& in, Builder& builder, std::optional<bool> boolean) {
  auto e = std::make_unique<Literal>();
  e->type = boolean ? LiteralKind::boolean : LiteralKind::null;
  if (boolean) e->value = *boolean;
  e->begin = builder.offset(in.begin());
  e->end = last(in, builder);
  builder.push(std::move(e));
}
template <> struct action<true_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_constant(in, builder, true); }
};
template <> struct action<false_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_constant(in, builder, false); }
};
template <> struct action<null_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_constant(in, builder, std::nullopt);
  }
};

// Identifiers and names.
template <> struct action<ident_name> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_identifier(builder, first(in, builder), last(in, builder), false);
  }
};
template <> struct action<field_name> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_identifier(builder, first(in, builder), last(in, builder), true);
  }
};
template <> struct action<init_name> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    push_identifier(builder, first(in, builder), last(in, builder), true);
  }
};
template <> struct action<ident_ref> {
  static void apply0(Builder& builder) { builder.make_ident(); }
};
template <> struct action<ident_primary> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    const std::size_t at = first(in, builder);
    if (builder.text()[at] == '.') builder.mark_absolute(at);
  }
};

// Brackets open a mark; the closing rule builds the node from everything above it.
template <typename Input> void open_at(const Input& in, Builder& builder) { builder.open(first(in, builder)); }
template <> struct action<call_open> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { open_at(in, builder); }
};
template <> struct action<list_open> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { open_at(in, builder); }
};
template <> struct action<map_open> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { open_at(in, builder); }
};
template <> struct action<message_open> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { open_at(in, builder); }
};
template <> struct action<global_call> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_global_call(last(in, builder));
  }
};
template <> struct action<method_call> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_method_call(last(in, builder));
  }
};
template <> struct action<list_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_list(last(in, builder));
  }
};
template <> struct action<map_lit> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_map(last(in, builder));
  }
};
template <> struct action<message_suffix> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_message(last(in, builder));
  }
};
template <> struct action<select_ref> {
  static void apply0(Builder& builder) { builder.make_select(); }
};
template <> struct action<index_suffix> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_index(last(in, builder));
  }
};

// Operators.
template <> struct action<not_expr> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_unary(UnaryOp::logical_not, first(in, builder));
  }
};
template <> struct action<neg_expr> {
  template <typename Input> static void apply(const Input& in, Builder& builder) {
    builder.make_unary(UnaryOp::negate, first(in, builder));
  }
};

/// The operator a binary-operator token stands for.
[[nodiscard]] BinaryOp binary_op(std::string_view token);

template <typename Input> void push_op(const Input& in, Builder& builder) {
  const std::size_t at = first(in, builder);
  builder.push_op(binary_op(builder.text().substr(at, last(in, builder) + 1 - at)), at);
}
template <> struct action<mul_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_op(in, builder); }
};
template <> struct action<add_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_op(in, builder); }
};
template <> struct action<rel_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_op(in, builder); }
};
template <> struct action<and_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_op(in, builder); }
};
template <> struct action<or_op> {
  template <typename Input> static void apply(const Input& in, Builder& builder) { push_op(in, builder); }
};
template <> struct action<mul_tail> {
  static void apply0(Builder& builder) { builder.make_binary(); }
};
template <> struct action<add_tail> {
  static void apply0(Builder& builder) { builder.make_binary(); }
};
template <> struct action<rel_tail> {
  static void apply0(Builder& builder) { builder.make_binary(); }
};
template <> struct action<and_tail> {
  static void apply0(Builder& builder) { builder.make_binary(); }
};
template <> struct action<or_tail> {
  static void apply0(Builder& builder) { builder.make_binary(); }
};
template <> struct action<cond_tail> {
  static void apply0(Builder& builder) { builder.make_conditional(); }
};

}  // namespace telc::cel::grammar
