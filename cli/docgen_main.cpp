// telc_docgen OUTDIR: writes the man pages (OUTDIR/man/) and the completion scripts
// (OUTDIR/completions/) made from telc's command model; run by the build, installed with telc.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/app.hpp"
#include "cli/app_model.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/man_pages.hpp"

namespace {

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

bool write_all(const std::filesystem::path& dir, const telc::cli::CommandModel& model) {
  bool ok = true;
  for (const auto& page : telc::cli::man_pages(model, TELC_VERSION))
    ok &= write_file(dir / "man" / page.file_name, page.text);
  ok &= write_file(dir / "completions" / "telc", *telc::cli::completion_script("bash", model));
  ok &= write_file(dir / "completions" / "_telc", *telc::cli::completion_script("zsh", model));
  ok &= write_file(dir / "completions" / "telc.fish", *telc::cli::completion_script("fish", model));
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: telc_docgen OUTDIR\n";
    return 2;
  }
  std::istringstream in;
  std::ostringstream out;
  telc::cli::Io io{in, out, std::cerr};
  telc::cli::RunState state{io};
  CLI::App app{"telc", "telc"};
  telc::cli::configure_app(app, state);
  if (write_all(argv[1], telc::cli::describe(app))) return 0;
  std::cerr << "telc_docgen: cannot write below " << argv[1] << "\n";
  return 1;
}
