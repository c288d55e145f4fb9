// PolicyTest (telc.dev/v1alpha1): the inputs under test and each test's objects, samples and
// expected series, every value with its span. Objects are data: read as `--resources` reads them.
#include <cmath>
#include <limits>

#include "model/build.hpp"
#include "model/reader.hpp"

namespace telc::model {
namespace {

/// A number, or the strings NaN, Inf, +Inf and -Inf (the schema allows nothing else).
diag::Located<double> number(const Reader& reader, const std::string& pointer) {
  diag::Located<double> out{0, reader.value_span(pointer)};
  const nlohmann::json* v = reader.at(pointer);
  if (v == nullptr) return out;
  if (v->is_number()) {
    out.value = v->get<double>();
  } else if (v->is_string()) {
    const std::string& s = v->get_ref<const std::string&>();
    constexpr double kInf = std::numeric_limits<double>::infinity();
    out.value = s == "NaN" ? std::numeric_limits<double>::quiet_NaN() : s.front() == '-' ? -kInf : kInf;
  }
  return out;
}

TestSample sample(const Reader& reader, const std::string& pointer) {
  TestSample out{reader.str(pointer + "/metric"),
                 reader.opt_str(pointer + "/temporality"),
                 {},
                 number(reader, pointer + "/value")};
  const std::string attributes = pointer + "/attributes";
  for (const std::string& key : reader.keys(attributes)) {
    const std::string at = schema::child_pointer(attributes, key);
    if (const nlohmann::json* value = reader.at(at)) out.attributes.emplace_back(Str{key, reader.key_span(at)}, *value);
  }
  return out;
}

ExpectedSeries expected(const Reader& reader, const std::string& pointer) {
  return {reader.str(pointer + "/metric"), reader.scalar_map(pointer + "/labels"), number(reader, pointer + "/value"),
          reader.key_span(pointer + "/metric")};
}

PolicyTestCase test_case(const Reader& reader, const std::string& pointer, diag::Sink& sink) {
  PolicyTestCase out{reader.str(pointer + "/name"),
                     reader.strings(pointer + "/policies"),
                     {},
                     reader.strings(pointer + "/objectFiles"),
                     {},
                     {},
                     reader.key_span(pointer + "/expect"),
                     reader.extent(pointer)};
  for (const std::string& o : reader.items(pointer + "/objects")) {
    const schema::Document object = schema::subdocument(reader.locator().document(), o);
    if (auto built = resource_object(schema::Locator(reader.locator().sources(), object), sink))
      out.objects.push_back(std::move(*built));
  }
  for (const std::string& s : reader.items(pointer + "/samples")) out.samples.push_back(sample(reader, s));
  for (const std::string& e : reader.items(pointer + "/expect")) out.expect.push_back(expected(reader, e));
  return out;
}

}  // namespace

PolicyTest build_policy_test(const Reader& reader, diag::Sink& sink) {
  PolicyTest out{reader.origin(), reader.strings("/spec/inputs"), {}};
  for (const std::string& t : reader.items("/spec/tests")) out.tests.push_back(test_case(reader, t, sink));
  return out;
}

}  // namespace telc::model
