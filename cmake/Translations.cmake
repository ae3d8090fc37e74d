# Translations: every string the app shows is extracted by lupdate from the sources of the
# app and the libraries it shows text from, compiled by lrelease and embedded under :/i18n.
#   shelfsync_translations(APP target TS_FILES ... FROM targets...)
# adds `update_translations` (lupdate over exactly those sources) and, with tests on,
# the test tst_translations, which fails when the .ts files miss or leave unfinished a
# string of the current sources.
function(shelfsync_translations)
    cmake_parse_arguments(ARG "" "APP" "TS_FILES;FROM" ${ARGN})
    set(sources "")
    foreach(target ${ARG_APP} ${ARG_FROM})
        get_target_property(target_sources ${target} SOURCES)
        get_target_property(target_dir ${target} SOURCE_DIR)
        foreach(source ${target_sources})
            if(NOT IS_ABSOLUTE "${source}")
                set(source "${target_dir}/${source}")
            endif()
            if(source MATCHES "\\.(cpp|h)$")
                list(APPEND sources "${source}")
            endif()
        endforeach()
    endforeach()
    qt_add_translations(${ARG_APP}
        TS_FILES ${ARG_TS_FILES}
        SOURCES ${sources}
        LUPDATE_OPTIONS -no-obsolete -locations none)

    # The same sources, for the check below.
    list(JOIN sources "\n" source_lines)
    file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/translatable-sources.lst" CONTENT "${source_lines}\n")
    if(SHELFSYNC_BUILD_TESTS)
        foreach(ts ${ARG_TS_FILES})
            get_filename_component(name "${ts}" NAME_WE)
            add_test(NAME tst_translations_${name}
                COMMAND ${CMAKE_COMMAND}
                    -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
                    -DSOURCES=${CMAKE_BINARY_DIR}/translatable-sources.lst
                    -DTS=${CMAKE_CURRENT_SOURCE_DIR}/${ts}
                    -DWORK=${CMAKE_BINARY_DIR}/translations-check
                    -P ${PROJECT_SOURCE_DIR}/cmake/CheckTranslations.cmake)
        endforeach()
    endif()
endfunction()
