#include "driver/collector_check.hpp"

#include "model/inputs.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::driver {

CollectorCheckResult check_collector_configs(const std::vector<std::string>& paths,
                                             const otelcol::CheckOptions& options, const model::ReadStdin& read_stdin,
                                             diag::SourceManager& sources, diag::Sink& sink) {
  CollectorCheckResult out;
  const model::LoadedInputs inputs = model::load_inputs(paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  out.files = inputs.files;
  for (diag::FileId file : inputs.files) {
    const std::size_t errors_before = sink.error_count();
    const std::vector<schema::Document> docs = schema::load_yaml(sources, file, sink);
    if (docs.empty() && sink.error_count() == errors_before)  // the collector refuses an empty config
      sink.report({diag::Severity::error,
                   "yaml/empty",
                   "file contains no YAML document",
                   sources.span(file, 0, 0),
                   "a collector config has at least 'receivers', 'exporters' and 'service'",
                   {}});
    for (const schema::Document& doc : docs) {
      ++out.documents;
      otelcol::check_config(schema::Locator(sources, doc), options, sink);
    }
  }
  return out;
}

}  // namespace telc::driver
