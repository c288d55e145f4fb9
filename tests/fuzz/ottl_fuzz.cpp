// libFuzzer target for lib/ottl: parsing never throws or crashes, a rejected text's error span
// lies inside it, and the checker runs over the input as a statement and as a condition, with an
// inferred context and with each explicit context of each signal.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ottl/check.hpp"
#include "ottl/parse.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

void check_everywhere(std::string_view text) {
  using namespace telc::ottl;
  const auto where = telc::diag::EmbeddedText::uniform(0, {1, 1}, text.size());
  const Text one[] = {{text, &where}};
  for (Signal signal : {Signal::traces, Signal::metrics, Signal::logs, Signal::profiles}) {
    for (Processor processor : {Processor::transform, Processor::filter}) {
      Options options;
      options.signal = signal;
      options.processor = processor;
      telc::diag::Sink sink;
      check_group(one, {}, options, sink);
      check_group({}, one, options, sink);
      for (Context c : contexts_of(signal)) {
        options.context = c;
        check_group(one, one, options, sink);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool is_condition : {false, true}) {
    const telc::ottl::ParseResult r = telc::ottl::parse(text, is_condition);
    if (!r.ok()) {
      const auto& e = *r.error();
      require(e.begin <= e.end && e.end <= text.size() && !e.message.empty());
    } else {
      require(r.tree().root->begin <= r.tree().root->end && r.tree().root->end < text.size());
    }
  }
  check_everywhere(text);
  return 0;
}
