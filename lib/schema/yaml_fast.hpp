#pragma once
// A reader for the YAML that policies and rule files are written in, giving the same nodes and
// marks as libyaml about five times faster. It reads block mappings and sequences, one-line plain
// and quoted scalars, literal and folded blocks and one-line flow collections; anything else
// (anchors, tags, multi-line plain or quoted scalars, tabs, CR, explicit keys, any error) it
// declines, and libyaml reads the document instead.
#include <string_view>

#include "schema/yaml_builder.hpp"

namespace telc::schema {

/// Reads the one document of `text` (a chunk) into `builder`. False when the text is outside
/// the subset, empty, or the builder failed: the caller discards the builder and uses libyaml.
[[nodiscard]] bool read_common_yaml(std::string_view text, DocumentBuilder& builder);

}  // namespace telc::schema
