// Scaffolding while the builder is written on its own branch; removed when it lands.
#include "backends/kyma/configs.hpp"

namespace telc::backends::kyma {

std::optional<BuiltConfig> build_otlp_gateway(const ir::Program& /*program*/, diag::Sink& /*sink*/) {
  return std::nullopt;
}

}  // namespace telc::backends::kyma
