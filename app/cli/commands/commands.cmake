# Every file in commands/ is one sub-command that registers itself (see commandtable.h).
file(GLOB AUTOSCALE_CLI_COMMAND_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_LIST_DIR}/*.cpp ${CMAKE_CURRENT_LIST_DIR}/*.h)
target_sources(autoscale PRIVATE ${AUTOSCALE_CLI_COMMAND_SOURCES})
