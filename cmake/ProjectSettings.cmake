# One INTERFACE target carries every project-wide compile setting; libraries link it and
# nothing repeats these flags.
add_library(tid_project_settings INTERFACE)
target_compile_features(tid_project_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(tid_project_settings INTERFACE -Wall -Wextra -Wpedantic
                       $<$<BOOL:${TID_WERROR}>:-Werror>)
target_compile_definitions(tid_project_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS            # Q_SIGNALS, Q_SLOTS, Q_EMIT only
  QT_NO_CAST_FROM_BYTEARRAY # no implicit QByteArray -> const char *
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_include_directories(tid_project_settings INTERFACE ${PROJECT_SOURCE_DIR})

# Sources are globbed per library so that each module can grow without touching a shared list.
function(tid_glob_sources out dir)
  file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
  list(FILTER _srcs EXCLUDE REGEX "/main\\.cpp$")
  set(${out} ${_srcs} PARENT_SCOPE)
endfunction()

# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the project (the CI's second
# build, scripts/test.sh): any UB report aborts the process, so a test cannot pass over one.
option(TID_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(TID_SANITIZE)
  target_compile_options(tid_project_settings INTERFACE -fsanitize=address,undefined
                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(tid_project_settings INTERFACE -fsanitize=address,undefined)
endif()
