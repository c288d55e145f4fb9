#include "ir/lower.hpp"

#include <algorithm>
#include <tuple>

#include "schema/schema_nav.hpp"
#include "schema/schema_store.hpp"

namespace telc::ir {

ExportPipeline lower_export(const model::ExportPolicy& policy, const model::ProjectConfig& config,
                            const SourceNames& names);
void lower_metrics(const model::Model& model, Program& out, const SourceNames& names);
SemconvRegistry lower_semconv(const model::Model& model, const SourceNames& names);
KymaPrograms lower_kyma(const model::Model& model, const SourceNames& names);

std::string SourceNames::operator()(diag::FileId file) const {
  if (file == diag::kNoFile) return "";
  const std::string& path = files_.file(file).path;
  if (path == "-") return "<stdin>";
  std::error_code ec;  // the directory resolved, as the root is; a linked file keeps its own name
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec).lexically_normal();
  std::filesystem::path resolved = std::filesystem::weakly_canonical(absolute.parent_path(), ec);
  resolved = (ec ? absolute.parent_path() : resolved) / absolute.filename();
  const std::filesystem::path relative = resolved.lexically_relative(root_);
  return relative.empty() ? absolute.filename().generic_string() : relative.generic_string();
}

std::optional<nlohmann::json> schema_default(const std::string& api_version, const std::string& kind,
                                             const std::string& pointer) {
  const schema::CompiledSchema* s = schema::SchemaStore::builtin().find(api_version, kind);
  if (s == nullptr) return std::nullopt;
  const nlohmann::json* d = schema::default_at(s->json, pointer);
  if (d == nullptr) return std::nullopt;
  return *d;
}

Program lower(const model::Model& model, const model::ProjectConfig& config, const SourceNames& names) {
  Program out{config, {}, {}, {}, {}, {}};
  for (const auto& p : model.export_policies) out.exports.push_back(lower_export(p, config, names));
  std::stable_sort(out.exports.begin(), out.exports.end(), [](const ExportPipeline& left, const ExportPipeline& right) {
    return std::tie(left.name_space, left.name) < std::tie(right.name_space, right.name);
  });
  lower_metrics(model, out, names);
  out.semconv = lower_semconv(model, names);
  out.kyma = lower_kyma(model, names);
  return out;
}

}  // namespace telc::ir
