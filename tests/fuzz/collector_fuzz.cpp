// libFuzzer target for `telc collector check`: one input file of collector config documents,
// checked for the default version and distribution and an old one (other component tables and
// filter syntax), then rendered. A crash or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/render.hpp"
#include "driver/collector_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* version : {"0.159.0", "0.120.0"}) {
    telc::diag::SourceManager sources;
    telc::diag::Sink sink;
    const telc::otelcol::CheckOptions options{version, "otelcol-contrib"};
    (void)telc::driver::check_collector_configs(
        {"-"}, options, [&](std::size_t) { return text; }, sources, sink);
    if (!nlohmann::json::accept(telc::diag::render_json(sink.all(), sources))) __builtin_trap();
    (void)telc::diag::render_text(sink.all(), sources, telc::diag::TextOptions{});
  }
  return 0;
}
