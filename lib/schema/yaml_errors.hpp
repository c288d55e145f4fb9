#pragma once
// libyaml's parse errors, rephrased and located where the user should look.
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_manager.hpp"

namespace telc::schema {

struct YamlError {
  std::string problem;  // libyaml's words
  std::string context;  // "while parsing a flow sequence", or empty
  diag::SourcePos problem_at;
  diag::SourcePos context_at;   // line 0 when there is no context
  std::size_t chunk_begin = 0;  // byte offset where the document's text starts
};

[[nodiscard]] diag::Diagnostic explain_yaml_error(const diag::SourceManager& sources, diag::FileId file,
                                                  const YamlError& error);

}  // namespace telc::schema
