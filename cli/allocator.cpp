// jemalloc's settings, read when it starts; the static executable links jemalloc in place of
// glibc's allocator (cli/CMakeLists.txt).
//
// - thp:always: the heap on transparent huge pages where the system allows them on request
//   (`madvise` mode, the common default). A 10,000-rule lint touches ~110 MB; in 4 KB pages that
//   was ~29,000 page faults, more time than the parsing on a virtual machine.
// - narenas:1: one arena for both workers. Their thread caches take most allocations, and
//   one arena leaves fewer part-used huge pages than one per core.

extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): the name and type are jemalloc's
const char* malloc_conf = "thp:always,narenas:1";
}
