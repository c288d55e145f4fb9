// Build-time tool: writes a C++ source embedding every schemas/**/*.schema.json as CBOR, so telc
// reads its schemas without lexing JSON text at start-up (a third of a one-file run otherwise).
// Usage: embed_schemas SCHEMA_DIR OUTPUT.cpp
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> schema_files(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().string().ends_with(".schema.json")) out.push_back(fs::relative(e.path(), dir));
  std::sort(out.begin(), out.end());
  return out;
}

/// Renames every `pattern` keyword (a string-valued "pattern" member; a property named "pattern"
/// would be an object) to `x-telc-pattern`: telc checks patterns with RE2, and valijson would
/// otherwise compile them with std::regex.
void rename_patterns(nlohmann::json& node) {
  if (node.is_array()) {
    for (auto& item : node) rename_patterns(item);
  } else if (node.is_object()) {
    if (auto p = node.find("pattern"); p != node.end() && p->is_string()) {
      node["x-telc-pattern"] = *p;
      node.erase("pattern");
    }
    for (auto& [key, child] : node.items()) rename_patterns(child);
  }
}

std::string byte_array(const std::vector<std::uint8_t>& bytes) {
  std::ostringstream out;
  for (std::size_t i = 0; i < bytes.size(); ++i)
    out << (i % 24 == 0 ? "\n    " : "") << static_cast<int>(bytes[i]) << ",";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return std::cerr << "usage: embed_schemas SCHEMA_DIR OUTPUT.cpp\n", 2;
  const fs::path dir = argv[1];
  std::ostringstream data, table;
  const auto files = schema_files(dir);
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::ifstream in(dir / files[i]);
    nlohmann::json schema = nlohmann::json::parse(in);
    rename_patterns(schema);
    const auto cbor = nlohmann::json::to_cbor(schema);
    data << "const std::uint8_t kSchema" << i << "[] = {" << byte_array(cbor) << "\n};\n";
    table << "    {\"" << files[i].generic_string() << "\", {kSchema" << i << ", sizeof(kSchema" << i << ")}},\n";
  }
  std::ofstream out(argv[2]);
  out << "// Generated from schemas/ by tools/embed_schemas.cpp; do not edit.\n"
      << "#include \"schema/schema_store.hpp\"\n\nnamespace telc::schema {\nnamespace {\n\n"
      << data.str() << "\n}  // namespace\n\nconst EmbeddedSchema kEmbeddedSchemas[] = {\n"
      << table.str() << "};\nconst std::size_t kEmbeddedSchemaCount = " << files.size()
      << ";\n\n}  // namespace telc::schema\n";
  return out ? 0 : 1;
}
