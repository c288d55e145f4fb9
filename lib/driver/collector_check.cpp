#include "driver/collector_check.hpp"

#include "model/inputs.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::driver {

CollectorCheckResult check_collector_configs(const std::vector<std::string>& paths,
                                             const otelcol::CheckOptions& options,
                                             const std::function<std::string()>& read_stdin,
                                             diag::SourceManager& sources, diag::Sink& sink) {
  CollectorCheckResult out;
  const model::LoadedInputs inputs = model::load_inputs(paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  for (diag::FileId file : inputs.files)
    for (const schema::Document& doc : schema::load_yaml(sources, file, sink)) {
      ++out.documents;
      otelcol::check_config(schema::Locator(sources, doc), options, sink);
    }
  return out;
}

}  // namespace telc::driver
