# Fails when a translation is incomplete: lupdate runs over the current sources into a
# copy of the .ts file, so a string added to the code and not to the .ts counts too.
# Inputs: LUPDATE, OPTIONS (more lupdate options, e.g. -pluralonly), SOURCES (a list file),
# TS, WORK (a scratch directory).
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${OPTIONS} "@${SOURCES}" -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "<message[^>]*>[^<]*<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(report "")
    foreach(entry ${unfinished})
        string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND report "  ${text}\n")
    endforeach()
    message(FATAL_ERROR "${name}: ${count} unfinished or missing translations (run the "
        "update_translations target, then translate):\n${report}")
endif()
string(REGEX MATCHALL "<numerusform></numerusform>" empty_forms "${content}")
list(LENGTH empty_forms empty_count)
if(empty_count GREATER 0)
    message(FATAL_ERROR "${name}: ${empty_count} empty plural forms")
endif()
message(STATUS "${name}: complete")
