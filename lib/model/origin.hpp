#pragma once
// What every model element carries: located strings, the resource it came from, and embedded
// language text with its map into the file.
#include <cstddef>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/embedded_text.hpp"

namespace telc::model {

using Str = diag::Located<std::string>;

/// Identity of the resource a model element came from.
struct Origin {
  std::string api_version;
  std::string kind;
  Str name;                       // metadata.name
  std::optional<Str> name_space;  // metadata.namespace
  std::optional<Str> uid;         // metadata.uid
  diag::FileId file = diag::kNoFile;
  std::size_t document = 0;
  /// False when the document had schema errors: it is modelled from what is well-formed, and the
  /// checks that compare it with other documents leave it out rather than report what follows.
  bool complete = true;
};

/// A string in an embedded language (MetricsQL, CEL) with its byte-exact map into the file.
struct EmbeddedStr {
  Str text;
  diag::EmbeddedText where;
};

}  // namespace telc::model
