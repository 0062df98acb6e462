# One INTERFACE target carries the language standard, warnings and Qt strictness for every
# target of the project, so that no target can drift from the house rules.
add_library(autoscale_project_options INTERFACE)
add_library(autoscale::project_options ALIAS autoscale_project_options)

target_compile_features(autoscale_project_options INTERFACE cxx_std_20)
target_compile_definitions(autoscale_project_options INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(autoscale_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
elseif(MSVC)
  target_compile_options(autoscale_project_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
endif()

if(AUTOSCALE_SANITIZERS)
  target_compile_options(autoscale_project_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(autoscale_project_options INTERFACE -fsanitize=address,undefined)
endif()
