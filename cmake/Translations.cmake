# Translations: every string the app shows is extracted by lupdate from the sources of the
# app and the libraries it shows text from, compiled by lrelease and embedded under :/i18n.
#   shelfsync_translations(APP target TS_FILES ... PLURALS_TS_FILE file FROM targets...)
# TS_FILES are whole translations. PLURALS_TS_FILE is the source language's own file: only
# the "%Ln day(s)" messages, so English reads "1 day" and "3 days" (lupdate -pluralonly).
# Adds `update_translations` (lupdate over exactly those sources into every file) and, with
# tests on, a tst_translations_<file> test per file, which fails when the file misses or
# leaves unfinished a string of the current sources.
function(shelfsync_translations)
    cmake_parse_arguments(ARG "" "APP;PLURALS_TS_FILE" "TS_FILES;FROM" ${ARGN})
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
    set(lupdate_options -no-obsolete -locations none)
    qt_add_lupdate(${ARG_APP} TS_FILES ${ARG_TS_FILES} SOURCES ${sources}
        OPTIONS ${lupdate_options})

    # The same sources as a list file, for the plurals' lupdate and the checks below.
    set(source_list "${CMAKE_BINARY_DIR}/translatable-sources.lst")
    list(JOIN sources "\n" source_lines)
    file(GENERATE OUTPUT "${source_list}" CONTENT "${source_lines}\n")
    set(plurals_ts "${CMAKE_CURRENT_SOURCE_DIR}/${ARG_PLURALS_TS_FILE}")
    add_custom_target(${ARG_APP}_plurals_lupdate
        COMMAND Qt6::lupdate ${lupdate_options} -pluralonly "@${source_list}" -ts "${plurals_ts}"
        VERBATIM)
    add_dependencies(update_translations ${ARG_APP}_plurals_lupdate)

    qt_add_lrelease(${ARG_APP} TS_FILES ${ARG_TS_FILES} ${ARG_PLURALS_TS_FILE}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${ARG_APP} "${ARG_APP}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})

    if(SHELFSYNC_BUILD_TESTS)
        foreach(ts ${ARG_TS_FILES} ${ARG_PLURALS_TS_FILE})
            get_filename_component(name "${ts}" NAME_WE)
            set(options "")
            if(ts STREQUAL ARG_PLURALS_TS_FILE)
                set(options -pluralonly)
            endif()
            add_test(NAME tst_translations_${name}
                COMMAND ${CMAKE_COMMAND}
                    -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
                    "-DOPTIONS=${options}"
                    -DSOURCES=${source_list}
                    -DTS=${CMAKE_CURRENT_SOURCE_DIR}/${ts}
                    -DWORK=${CMAKE_BINARY_DIR}/translations-check
                    -P ${PROJECT_SOURCE_DIR}/cmake/CheckTranslations.cmake)
        endforeach()
    endif()
endfunction()
