#pragma once
// PEGTL rules for single tokens. Each wraps a scanner of lexer.hpp, so a rule matches exactly
// the token the reference lexer would produce at that position (never a prefix of it).
#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "metricsql/functions.hpp"
#include "metricsql/lexer.hpp"

namespace telc::metricsql::grammar {

namespace pegtl = tao::pegtl;

/// A compile-time keyword spelling, so keywords read as `keyword<"offset">`.
template <std::size_t N> struct Literal {
  constexpr Literal(const char (&s)[N]) {  // NOLINT(google-explicit-constructor)
    for (std::size_t i = 0; i < N; ++i) {
      text[i] = s[i];
    }
  }
  char text[N];
  [[nodiscard]] constexpr std::string_view view() const { return {text, N - 1}; }
};

template <typename Scanner> struct token {
  using rule_t = token;
  using subs_t = pegtl::type_list<>;

  template <typename ParseInput> [[nodiscard]] static bool match(ParseInput& in) {
    const std::string_view rest(in.current(), in.size());
    const std::size_t n = Scanner::scan(rest);
    if (n == 0) {
      return false;
    }
    in.bump(n);
    return true;
  }
};

/// Whitespace and `#` comments; may match nothing.
struct trivia {
  using rule_t = trivia;
  using subs_t = pegtl::type_list<>;

  template <typename ParseInput> [[nodiscard]] static bool match(ParseInput& in) {
    in.bump(scan_trivia(std::string_view(in.current(), in.size())));
    return true;
  }
};

struct scan_ident_token {
  static std::size_t scan(std::string_view text) { return metricsql::scan_ident_token(text); }
};

template <Literal Word> struct scan_keyword {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_ident_token::scan(text);
    return (n == Word.view().size() && iequals_ascii(text.substr(0, n), Word.view())) ? n : 0;
  }
};

struct scan_string_token {
  static std::size_t scan(std::string_view text) {
    return (!text.empty() && (text[0] == '"' || text[0] == '\'' || text[0] == '`')) ? scan_string(text) : 0;
  }
};

struct scan_binary_op_token {
  static std::size_t scan(std::string_view text) { return scan_binary_op(text); }
};

struct scan_duration_token {
  static std::size_t scan(std::string_view text) { return scan_duration(text); }
};

struct scan_number_token {
  static std::size_t scan(std::string_view text) {
    if (!is_number_prefix(text) || scan_duration(text) != 0) {
      return 0;
    }
    bool error = false;
    const std::size_t n = scan_number(text, error);
    return error ? 0 : n;
  }
};

struct scan_integer_token {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_number_token::scan(text);
    return text.substr(0, n).find_first_not_of("0123456789") == std::string_view::npos ? n : 0;
  }
};

struct scan_interval_token {
  static std::size_t scan(std::string_view text) { return scan_interval_var(text); }
};

struct scan_inf_nan_token {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_ident_token::scan(text);
    const std::string_view t = text.substr(0, n);
    return (n == 3 && (iequals_ascii(t, "inf") || iequals_ascii(t, "nan"))) ? n : 0;
  }
};

/// An identifier whose raw spelling names an aggregate (the reference checks the raw token).
struct scan_aggregate_name_token {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_ident_token::scan(text);
    return (n > 0 && is_aggregate_function(text.substr(0, n))) ? n : 0;
  }
};

/// A duration template name: the identifier up to its first `:`, which starts the step.
struct scan_window_ident_token {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_ident_token::scan(text);
    const std::size_t colon = text.substr(0, n).find(':');
    return colon == std::string_view::npos ? n : colon;
  }
};

struct scan_lone_colon_token {
  static std::size_t scan(std::string_view text) { return scan_ident_token::scan(text) == 1 && text[0] == ':' ? 1 : 0; }
};

struct scan_colon_step_token {
  static std::size_t scan(std::string_view text) {
    const std::size_t n = scan_ident_token::scan(text);
    return (n > 1 && text[0] == ':') ? n : 0;
  }
};

struct scan_filter_op_token {
  static std::size_t scan(std::string_view text) {
    if (text.starts_with("=~") || text.starts_with("!~") || text.starts_with("!=")) {
      return 2;
    }
    return (text.starts_with("=") && !text.starts_with("==")) ? 1 : 0;
  }
};

struct scan_assign_token {
  static std::size_t scan(std::string_view text) {
    return scan_filter_op_token::scan(text) == 1 && text[0] == '=' ? 1 : 0;
  }
};

// clang-format off
struct t_ident : token<scan_ident_token> {};
template <Literal Word> struct keyword : token<scan_keyword<Word>> {};
struct t_string : token<scan_string_token> {};
struct t_binary_op : token<scan_binary_op_token> {};
struct t_duration : token<scan_duration_token> {};
struct t_number : token<scan_number_token> {};
struct t_integer : token<scan_integer_token> {};
struct t_interval : token<scan_interval_token> {};
struct t_inf_nan : token<scan_inf_nan_token> {};
struct t_aggregate_name : token<scan_aggregate_name_token> {};
struct t_window_ident : token<scan_window_ident_token> {};
struct t_lone_colon : token<scan_lone_colon_token> {};
struct t_colon_step : token<scan_colon_step_token> {};
struct t_filter_op : token<scan_filter_op_token> {};
struct t_assign : token<scan_assign_token> {};
// clang-format on

}  // namespace telc::metricsql::grammar

namespace tao::pegtl {

template <typename Name, typename Scanner>
struct analyze_traits<Name, telc::metricsql::grammar::token<Scanner>> : analyze_any_traits<> {};

template <typename Name> struct analyze_traits<Name, telc::metricsql::grammar::trivia> : analyze_opt_traits<> {};

}  // namespace tao::pegtl
