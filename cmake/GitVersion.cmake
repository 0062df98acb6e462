# The version comes from the nearest git tag (vX.Y.Z); without git or a tag it falls back to
# the base version below, so that source archives still build.
set(AUTOSCALE_BASE_VERSION 0.1.0)

function(autoscale_version_from_git out_version out_full)
  set(version ${AUTOSCALE_BASE_VERSION})
  set(full ${AUTOSCALE_BASE_VERSION})
  find_package(Git QUIET)
  if(GIT_FOUND AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/.git")
    execute_process(
      COMMAND ${GIT_EXECUTABLE} describe --tags --match "v[0-9]*" --always --dirty
      WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
      OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
      RESULT_VARIABLE rc)
    if(rc EQUAL 0 AND described)
      if(described MATCHES "^v([0-9]+\\.[0-9]+\\.[0-9]+)")
        set(version ${CMAKE_MATCH_1})
        string(REGEX REPLACE "^v" "" full "${described}")
      else()
        # No tag yet: the base version plus the commit.
        set(full "${AUTOSCALE_BASE_VERSION}+g${described}")
      endif()
    endif()
  endif()
  set(${out_version} ${version} PARENT_SCOPE)
  set(${out_full} ${full} PARENT_SCOPE)
endfunction()
