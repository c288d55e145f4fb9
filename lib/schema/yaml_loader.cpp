#include "schema/yaml_loader.hpp"

#include "schema/precheck.hpp"
#include "schema/yaml_convert.hpp"

namespace telc::schema {
namespace {

bool is_marker(std::string_view text, std::size_t at, std::string_view marker) {
  if (text.substr(at, 3) != marker) return false;
  const std::size_t after = at + 3;
  return after >= text.size() || text[after] == ' ' || text[after] == '\t' || diag::line_break_at(text, after) != 0;
}

}  // namespace

/// Lines are the source table's, which are libyaml's.
std::vector<Chunk> split_documents(const diag::SourceFile& file) {
  const std::string_view text = file.text;
  std::vector<Chunk> chunks{{0, text.size(), 1}};
  for (std::size_t line = 1; line < file.line_starts.size(); ++line) {
    const std::size_t start = file.line_starts[line];
    if (is_marker(text, start, "---") || is_marker(text, start, "...")) {
      chunks.back().end = start;
      chunks.push_back({start, text.size(), static_cast<std::uint32_t>(line + 1)});
    }
  }
  return chunks;
}

std::vector<Document> load_yaml(const diag::SourceManager& sources, diag::FileId file, diag::Sink& sink,
                                const LoadLimits& limits) {
  std::vector<Document> out;
  if (!precheck(sources, file, limits.max_file_bytes, sink)) return out;
  const std::vector<Chunk> chunks = split_documents(sources.file(file));
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    Document doc{file, i, {}, {}};
    if (convert_chunk(sources, file, chunks[i], {limits.max_nodes, limits.max_depth}, doc, sink) &&
        !doc.value.is_null())
      out.push_back(std::move(doc));
  }
  return out;
}

}  // namespace telc::schema
