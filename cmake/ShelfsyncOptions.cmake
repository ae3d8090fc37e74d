# One INTERFACE target carries the language level, the warnings and Qt's strictness
# defines, so every target of the project is built the same way.
add_library(shelfsync_options INTERFACE)
target_compile_features(shelfsync_options INTERFACE cxx_std_20)

target_compile_options(shelfsync_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Woverloaded-virtual -Wshadow=local -Wcast-qual -Wformat=2)
if(SHELFSYNC_WERROR)
    target_compile_options(shelfsync_options INTERFACE -Werror)
endif()

target_compile_definitions(shelfsync_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SHELFSYNC_VERSION="${PROJECT_VERSION}")
# QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7 on.
if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(shelfsync_options INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(SHELFSYNC_SANITIZE)
    target_compile_options(shelfsync_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(shelfsync_options INTERFACE -fsanitize=address,undefined)
endif()
