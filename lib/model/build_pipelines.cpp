// Kyma LogPipeline, TracePipeline and MetricPipeline: the schema checks them; the model keeps the
// OTTL statements of their transforms, whose attribute keys lint reads.
#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {

PipelineTransforms build_pipeline_transforms(const Reader& document) {
  PipelineTransforms out{document.origin(), {}};
  for (const std::string& transform : document.items("/spec/transform"))
    for (const std::string& statement : document.items(transform + "/statements"))
      out.statements.push_back(document.embedded(statement));
  return out;
}

}  // namespace telc::model
