# `shelfsync --screenshot DIR` as the README's pictures are made: an embedded service on
# the demo data, every screen saved once the data is live. Fails when the app fails or a
# screen's picture is missing or blank-sized.
# Inputs: APP (the shelfsync binary), WORK (a scratch directory), SCREENS (names).
file(REMOVE_RECURSE "${WORK}")
execute_process(
    COMMAND "${APP}" --data-dir "${WORK}/data" --screenshot "${WORK}/shots"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output ERROR_VARIABLE output
    TIMEOUT 900)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "shelfsync --screenshot failed (${result}):\n${output}")
endif()
foreach(screen ${SCREENS})
    set(png "${WORK}/shots/${screen}.png")
    if(NOT EXISTS "${png}")
        message(FATAL_ERROR "no picture of the ${screen} screen")
    endif()
    file(SIZE "${png}" size)
    # A 1440x900 screen with rows of text compresses to well over 40 KB; an empty
    # window to a few.
    if(size LESS 40000)
        message(FATAL_ERROR "the ${screen} picture is ${size} bytes: an empty screen?")
    endif()
    message(STATUS "${screen}: ${size} bytes")
endforeach()
