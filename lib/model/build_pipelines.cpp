// Kyma LogPipeline, TracePipeline and MetricPipeline: the schema checks their shape; the model
// keeps their OTTL transforms and filters (checked in checks/ottl_checks.cpp) and the OAuth2
// token URL.
#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {
namespace {

std::vector<EmbeddedStr> embedded_items(const Reader& document, const std::string& pointer) {
  std::vector<EmbeddedStr> out;
  for (const std::string& item : document.items(pointer))
    if (document.at(item)->is_string()) out.push_back(document.embedded(item));
  return out;
}

}  // namespace

KymaPipeline build_kyma_pipeline(const Reader& document) {
  KymaPipeline out{
      document.origin(), {}, {}, {}, document.opt_str("/spec/output/otlp/authentication/oauth2/tokenURL/value")};
  for (const std::string& transform : document.items("/spec/transform")) {
    KymaOttlGroup group{embedded_items(document, transform + "/statements"),
                        embedded_items(document, transform + "/conditions")};
    out.statements.insert(out.statements.end(), group.statements.begin(), group.statements.end());
    out.transforms.push_back(std::move(group));
  }
  for (const std::string& filter : document.items("/spec/filter"))
    out.filters.push_back({{}, embedded_items(document, filter + "/conditions")});
  return out;
}

}  // namespace telc::model
