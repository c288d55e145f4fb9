# telc_library(NAME source...): the static library telc_NAME for the stage in lib/NAME (or cli/).
#
# Layers are enforced by the build, not by convention: a library's include path holds only a
# link to its own folder (build/include/NAME/NAME -> lib/NAME), and it sees another library's
# headers only by linking it. `#include "lint/rule.hpp"` from lib/model therefore fails to
# compile, because lint is above model (tests/layering checks that it does).
function(telc_library name)
  add_library(telc_${name} STATIC ${ARGN})
  set(root ${CMAKE_BINARY_DIR}/include/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${name} SYMBOLIC)
  target_include_directories(telc_${name} PUBLIC ${root})
endfunction()
