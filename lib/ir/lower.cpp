#include "ir/lower.hpp"

#include <algorithm>
#include <tuple>

#include "schema/schema_nav.hpp"
#include "schema/schema_store.hpp"

namespace telc::ir {

ExportPipeline lower_export(const model::ExportPolicy& policy, const model::ProjectConfig& config,
                            const diag::SourceManager& files);
void lower_metrics(const model::Model& model, Program& out, const diag::SourceManager& files);

std::optional<nlohmann::json> schema_default(const std::string& api_version, const std::string& kind,
                                             const std::string& pointer) {
  const schema::CompiledSchema* s = schema::SchemaStore::builtin().find(api_version, kind);
  if (s == nullptr) return std::nullopt;
  const nlohmann::json* d = schema::default_at(s->json, pointer);
  if (d == nullptr) return std::nullopt;
  return *d;
}

Program lower(const model::Model& model, const model::ProjectConfig& config, const diag::SourceManager& sources) {
  Program out{config, {}, {}, {}};
  for (const auto& p : model.export_policies) out.exports.push_back(lower_export(p, config, sources));
  std::stable_sort(out.exports.begin(), out.exports.end(), [](const ExportPipeline& left, const ExportPipeline& right) {
    return std::tie(left.name_space, left.name) < std::tie(right.name_space, right.name);
  });
  lower_metrics(model, out, sources);
  return out;
}

}  // namespace telc::ir
