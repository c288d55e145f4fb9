#include "driver/objects.hpp"

#include "schema/yaml_loader.hpp"

namespace telc::driver {

std::optional<std::vector<model::ResourceObject>> load_objects(const std::vector<std::string>& paths,
                                                               const model::ReadStdin& read_stdin,
                                                               diag::SourceManager& sources, diag::Sink& sink) {
  const model::LoadedInputs loaded = model::load_inputs(paths, read_stdin, sources, sink);
  if (loaded.io_failed) return std::nullopt;
  std::vector<schema::Document> documents;
  for (const diag::FileId file : loaded.files)
    for (schema::Document& doc : schema::load_yaml(sources, file, sink)) documents.push_back(std::move(doc));
  return model::resource_objects(sources, documents, sink);
}

}  // namespace telc::driver
