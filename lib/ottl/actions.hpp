#pragma once
// One action<Rule> per rule that produces part of the tree. Actions only move things between the
// Builder's stacks; the node makers live in builder.cpp and literal.cpp.
#include <string>

#include "ottl/builder.hpp"
#include "ottl/grammar.hpp"
#include "ottl/syntax_error.hpp"

namespace telc::ottl::grammar {

/// The offset of a rule's first token (its matched text starts with whitespace).
template <typename Input> [[nodiscard]] std::size_t first(const Input& in, const Builder& builder) {
  return skip_space(builder.text(), builder.offset(in.begin()));
}
/// The offset of a rule's last byte.
template <typename Input> [[nodiscard]] std::size_t last(const Input& in, const Builder& builder) {
  return builder.offset(in.end()) - 1;
}
template <typename Input> [[nodiscard]] Name name_of(const Input& in, const Builder& builder) {
  const std::size_t begin = first(in, builder);
  const std::size_t end = last(in, builder);
  return {std::string(builder.text().substr(begin, end + 1 - begin)), begin, end};
}

template <typename Rule> struct action : pegtl::nothing<Rule> {};

// Literals.
template <> struct action<bytes_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    b.push(make_bytes(in.string_view(), b.offset(in.begin())));
  }
};
template <> struct action<float_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    b.push(make_number(in.string_view(), b.offset(in.begin()), true));
  }
};
template <> struct action<int_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    b.push(make_number(in.string_view(), b.offset(in.begin()), false));
  }
};
template <typename Input> void push_literal(const Input& in, Builder& b, NodeKind kind, std::string text) {
  auto node = std::make_unique<Node>();
  node->kind = kind;
  node->begin = b.offset(in.begin());
  node->end = last(in, b);
  node->text = std::move(text);
  b.push(std::move(node));
}
template <> struct action<string_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    push_literal(in, b, NodeKind::string, decode_string(in.string_view(), b.offset(in.begin())));
  }
};
template <> struct action<true_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    push_literal(in, b, NodeKind::boolean, "true");
  }
};
template <> struct action<false_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    push_literal(in, b, NodeKind::boolean, "false");
  }
};
template <> struct action<nil_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_literal(in, b, NodeKind::nil, ""); }
};

// Words, calls, paths and keys.
template <> struct action<lower_ident> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.push_name(name_of(in, b)); }
};
template <> struct action<upper_ident> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.push_name(name_of(in, b)); }
};
template <> struct action<arg_label> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.push_name(name_of(in, b)); }
};
template <> struct action<named_arg> {
  static void apply0(Builder& b) { b.label_top(); }
};
template <> struct action<arg_value> {
  static void apply0(Builder& b) { b.check_argument(); }
};
template <> struct action<call_open> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.open(first(in, b)); }
};
template <> struct action<call_suffix> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.make_call(last(in, b)); }
};
template <> struct action<path_start> {
  static void apply0(Builder& b) { b.make_path(); }
};
template <> struct action<path_field> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.add_field(name_of(in, b)); }
};
template <> struct action<key_suffix> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.add_key(last(in, b)); }
};
template <> struct action<name_ref> {
  static void apply0(Builder& b) { b.make_name(); }
};

// Brackets.
template <> struct action<paren_expr> {
  template <typename Input> static void apply(const Input& /*in*/, Builder& b) { b.top().parenthesized = true; }
};
template <> struct action<list_open> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.open(first(in, b)); }
};
template <> struct action<list_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.make_list(last(in, b)); }
};
template <> struct action<map_open> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.open(first(in, b)); }
};
template <> struct action<map_key> {
  template <typename Input> static void apply(const Input& in, Builder& b) {
    const std::size_t begin = first(in, b);
    const std::size_t end = last(in, b);
    b.push_name({decode_string(b.text().substr(begin, end + 1 - begin), begin), begin, end});
  }
};
template <> struct action<map_entry> {
  static void apply0(Builder& b) { b.label_top(); }
};
template <> struct action<map_lit> {
  template <typename Input> static void apply(const Input& in, Builder& b) { b.make_map(last(in, b)); }
};

// Operators: the token is pushed, the tail builds the node.
template <typename Input> void push_op(const Input& in, Builder& b) {
  const std::size_t at = first(in, b);
  b.push_op(std::string(b.text().substr(at, last(in, b) + 1 - at)), at);
}
template <> struct action<mul_op> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<add_op> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<cmp_op> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<not_kw> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<and_op> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<or_op> {
  template <typename Input> static void apply(const Input& in, Builder& b) { push_op(in, b); }
};
template <> struct action<mul_tail> {
  static void apply0(Builder& b) { b.make_math(); }
};
template <> struct action<add_tail> {
  static void apply0(Builder& b) { b.make_math(); }
};
template <> struct action<cmp_tail> {
  static void apply0(Builder& b) { b.make_compare(); }
};
template <> struct action<not_expr> {
  static void apply0(Builder& b) { b.make_not(); }
};
template <> struct action<and_tail> {
  static void apply0(Builder& b) { b.make_logical(); }
};
template <> struct action<or_tail> {
  static void apply0(Builder& b) { b.make_logical(); }
};
template <> struct action<where_cond> {
  static void apply0(Builder& b) { b.set_where(); }
};

}  // namespace telc::ottl::grammar
