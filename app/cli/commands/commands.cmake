target_sources(autoscale PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/commands.h)
