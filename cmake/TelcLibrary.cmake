# telc_library(NAME source...): the static library telc_NAME for the stage in lib/NAME (or cli/).
#
# Layers are enforced by the build, not by convention: a library's include path holds only a
# link to its own folder (build/include/NAME/NAME -> lib/NAME), and it sees another library's
# headers only by linking it. `#include "lint/rule.hpp"` from lib/model therefore fails to
# compile, because lint is above model (tests/layering checks that it does).
#
# With TELC_UNITY=ON a library compiles as a few unity files instead of one object per source:
# the header-only dependencies (CLI11, nlohmann/json, fmt, PEGTL) are parsed and their inline code
# generated once per batch, which halves the CPU time of a build from scratch (the set-up command
# and the sanitizer job use it). Sources must therefore not repeat a name in an anonymous
# namespace of the same library.
function(telc_library name)
  add_library(telc_${name} STATIC ${ARGN})
  set_target_properties(telc_${name} PROPERTIES UNITY_BUILD ${TELC_UNITY} UNITY_BUILD_BATCH_SIZE 16)
  set(root ${CMAKE_BINARY_DIR}/include/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${name} SYMBOLIC)
  target_include_directories(telc_${name} PUBLIC ${root})
endfunction()
