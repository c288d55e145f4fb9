// The man pages and completion scripts against the command model and the binary's behaviour:
// every command has a page with each of its options, the exit codes a page documents for an
// empty input are what telc returns, and `telc completion` prints the generated scripts.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "cli/app.hpp"
#include "cli/app_model.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/man_pages.hpp"
#include "cli/man_text.hpp"
#include "run_cli.hpp"

namespace fs = std::filesystem;

namespace {

using telc::test::run_telc;

telc::cli::CommandModel model() {
  static std::istringstream in;
  static std::ostringstream out;
  static telc::cli::Io io{in, out, out};
  static telc::cli::RunState state{io};
  static CLI::App app{"telc", "telc"};
  static const bool configured = (telc::cli::configure_app(app, state), true);
  (void)configured;
  return telc::cli::describe(app);
}

std::string page_of(const telc::cli::CommandModel& root, const std::string& file_name) {
  for (const auto& page : telc::cli::man_pages(root, "0")) {
    if (page.file_name == file_name) return page.text;
  }
  return {};
}

std::string roff_name(std::string name) {
  for (auto at = name.find('-'); at != std::string::npos; at = name.find('-', at + 2)) name.insert(at, "\\");
  return name;
}

std::vector<std::string> help_args(const std::vector<std::string>& path) {
  std::vector<std::string> args(path.begin() + 1, path.end());
  args.emplace_back("--help");
  return args;
}

}  // namespace

TEST_CASE("every command has a man page listing each option that --help lists") {
  const auto root = model();
  for (const auto& top : root.subcommands) {
    const std::string page = page_of(root, "telc-" + top.path.back() + ".1");
    INFO(top.path.back());
    REQUIRE(!page.empty());
    CHECK(telc::cli::command_text(telc::cli::joined(top.path)) != nullptr);  // say what its codes mean
    for (const auto* command : telc::cli::all_commands(top)) {
      const auto help = run_telc(help_args(command->path));
      INFO(telc::cli::joined(command->path));
      CHECK(help.code == 0);
      for (const auto& option : command->options) {
        if (option.positional) continue;
        CHECK(help.out.find(option.names.back()) != std::string::npos);
        CHECK(page.find("\\fB" + roff_name(option.names.back()) + "\\fR") != std::string::npos);
      }
    }
  }
}

TEST_CASE("the exit code a page documents for an empty input file is the one telc returns") {
  const fs::path empty = fs::temp_directory_path() / "telc-docs-test-empty.yaml";
  std::ofstream(empty).close();
  const fs::path out = fs::temp_directory_path() / "telc-docs-test-out";
  const std::vector<std::vector<std::string>> runs = {{"validate"},
                                                      {"lint"},
                                                      {"compile", "-o", out.string()},
                                                      {"collector", "check"},
                                                      {"metricsql", "fmt"},
                                                      {"metricsql", "check"},
                                                      {"metricsql", "parse"}};
  for (auto args : runs) {
    const auto* text = telc::cli::command_text("telc " + args.front());
    REQUIRE(text != nullptr);
    REQUIRE(text->empty_file_code.has_value());
    args.push_back(empty.string());
    INFO(args.front());
    CHECK(run_telc(args).code == *text->empty_file_code);
    const std::string page = page_of(model(), "telc-" + args.front() + ".1");
    const auto documented = page.find(".B " + std::to_string(*text->empty_file_code) + "\n");
    REQUIRE(documented != std::string::npos);
    CHECK(page.find("empty", documented) < page.find(".TP", documented + 3));
  }
  CHECK(!fs::exists(out));
  fs::remove(empty);
}

TEST_CASE("telc completion prints the script made from the command model") {
  const auto root = model();
  for (const std::string shell : {"bash", "zsh", "fish"}) {
    const auto run = run_telc({"completion", shell});
    CHECK(run.code == 0);
    CHECK(run.out == telc::cli::completion_script(shell, root).value());
    for (const auto* command : telc::cli::all_commands(root)) {
      for (const auto& option : command->options) {
        const std::string& name = option.names.back();  // fish writes "-l jobs" for --jobs
        if (!option.positional) CHECK(run.out.find(name.substr(name.find_first_not_of('-'))) != std::string::npos);
      }
    }
  }
  CHECK(run_telc({"completion", "tcsh"}).code == 2);
}

TEST_CASE("telc(1) names every command's page") {
  std::ifstream file(fs::path(EXAMPLES_DIR) / ".." / "man" / "telc.1");
  const std::string page{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  for (const auto& top : model().subcommands) {
    CHECK(page.find(".BR telc\\-" + top.path.back() + " (1)") != std::string::npos);
  }
}
