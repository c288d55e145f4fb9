#include "schema/yaml_loader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <fmt/format.h>

#include "schema/precheck.hpp"
#include "schema/yaml_convert.hpp"
#include "schema/yaml_errors.hpp"

namespace telc::schema {
namespace {

struct Chunk {
  std::size_t begin;
  std::size_t end;
};

bool is_marker(std::string_view text, std::size_t at, std::string_view marker) {
  if (text.substr(at, 3) != marker) return false;
  const std::size_t after = at + 3;
  return after >= text.size() || text[after] == ' ' || text[after] == '\n' ||
         text[after] == '\t' || text[after] == '\r';
}

/// Document boundaries: a line starting with `---` begins a document (`...` ends one). Markers at
/// column 0 cannot be content in any scalar style, so splitting on them is exact.
std::vector<Chunk> split_documents(std::string_view text) {
  std::vector<Chunk> chunks{{0, text.size()}};
  for (std::size_t line = 0; line < text.size();) {
    if (line > 0 && (is_marker(text, line, "---") || is_marker(text, line, "..."))) {
      chunks.back().end = line;
      chunks.push_back({line, text.size()});
    }
    const std::size_t next = text.find('\n', line);
    if (next == std::string_view::npos) break;
    line = next + 1;
  }
  return chunks;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

std::optional<std::size_t> flow_opener(const std::string& message, std::string_view text, Chunk chunk) {
  if (message.find("flow not found") == std::string::npos) return std::nullopt;
  return unclosed_flow(text, chunk.begin, chunk.end);
}

void report_parse_error(const diag::SourceManager& sources, diag::FileId file, Chunk chunk,
                        const YAML::ParserException& e, diag::Sink& sink) {
  const std::size_t base = chunk.begin;
  const std::string_view text = sources.file(file).text;
  const std::size_t at = std::min(base + static_cast<std::size_t>(std::max(e.mark.pos, 0)), text.size());
  diag::Diagnostic d{diag::Severity::error, "yaml/syntax", first_line(e.msg), sources.span(file, at, at), {}, {}};
  if (dynamic_cast<const YAML::DeepRecursion*>(&e)) {
    d.code = "yaml/too-deep";
    d.message = "nesting is deeper than the 2000 levels telc accepts";
    d.hint = "flatten the structure; policies never need this depth";
  } else if (auto open = flow_opener(e.msg, text, chunk)) {
    d.message = fmt::format("'{}' is never closed", text[*open]);
    d.hint = fmt::format("add the matching '{}'", text[*open] == '[' ? ']' : '}');
    d.notes.push_back({d.span, "the document ends here"});
    d.span = sources.span(file, *open, *open);
  } else if (auto tab = tab_near(text, base, at)) {
    d.message = "tab character used for indentation";
    d.span = sources.span(file, *tab, *tab);
    d.hint = "YAML indentation must use spaces";
  } else {
    auto explained = explain_yaml_error(e.msg);
    d.message = std::move(explained.message);
    d.hint = std::move(explained.hint);
  }
  sink.report(std::move(d));
}

void load_chunk(const diag::SourceManager& sources, diag::FileId file, Chunk chunk, std::size_t index,
                const LoadLimits& limits, diag::Sink& sink, std::vector<Document>& out) {
  const std::string_view text = sources.file(file).text;
  try {
    YAML::Node root = YAML::Load(std::string(text.substr(chunk.begin, chunk.end - chunk.begin)));
    if (!root.IsDefined() || root.IsNull()) return;  // an empty document, as kubectl skips them
    Document doc{file, index, {}, {}};
    if (convert_document(sources, root, chunk.begin, limits.max_nodes, doc, sink))
      out.push_back(std::move(doc));
  } catch (const YAML::ParserException& e) {
    report_parse_error(sources, file, chunk, e, sink);
  } catch (const YAML::Exception& e) {
    sink.report({diag::Severity::error, "yaml/syntax", first_line(e.msg),
                 sources.span(file, chunk.begin, chunk.begin), {}, {}});
  }
}

}  // namespace

std::vector<Document> load_yaml(const diag::SourceManager& sources, diag::FileId file,
                                diag::Sink& sink, const LoadLimits& limits) {
  std::vector<Document> out;
  if (!precheck(sources, file, limits.max_file_bytes, sink)) return out;
  const std::size_t before = sink.error_count();
  const std::vector<Chunk> chunks = split_documents(sources.file(file).text);
  for (std::size_t i = 0; i < chunks.size(); ++i) load_chunk(sources, file, chunks[i], i, limits, sink, out);
  if (out.empty() && sink.error_count() == before)
    sink.report({diag::Severity::error, "yaml/empty", "file contains no YAML document",
                 sources.span(file, 0, 0), "add a resource, or leave the file out of the inputs", {}});
  return out;
}

}  // namespace telc::schema
