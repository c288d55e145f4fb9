#include "compiler/collector/check_files.hpp"

#include "compiler/inputs.hpp"
#include "schema/yaml_loader.hpp"

namespace telc::compiler::collector {

FilesResult check_files(const std::vector<std::string>& paths, const CheckOptions& options,
                        const std::function<std::string()>& read_stdin, diag::SourceManager& sources,
                        diag::Sink& sink) {
  FilesResult out;
  const LoadedInputs inputs = load_inputs(paths, read_stdin, sources, sink);
  out.io_failed = inputs.io_failed;
  for (diag::FileId file : inputs.files)
    for (const schema::Document& doc : schema::load_yaml(sources, file, sink)) {
      ++out.documents;
      check_config(schema::Locator(sources, doc), options, sink);
    }
  return out;
}

}  // namespace telc::compiler::collector
