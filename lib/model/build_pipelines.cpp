// Kyma LogPipeline, TracePipeline and MetricPipeline: the schema checks them; the model keeps the
// OTTL statements of their transforms, whose attribute keys lint reads.
#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {

PipelineTransforms build_pipeline_transforms(const Reader& document) {
  PipelineTransforms out{document.origin(), {}};
  for (std::size_t i = 0; i < document.size("/spec/transform"); ++i) {
    const std::string statements = "/spec/transform/" + std::to_string(i) + "/statements";
    for (std::size_t j = 0; j < document.size(statements); ++j)
      out.statements.push_back(document.embedded(statements + "/" + std::to_string(j)));
  }
  return out;
}

}  // namespace telc::model
