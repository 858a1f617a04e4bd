# Every target links frontdesk_compile_settings: one place for the language level, warnings and sanitizers.
add_library(frontdesk_compile_settings INTERFACE)

target_compile_features(frontdesk_compile_settings INTERFACE cxx_std_17)
target_compile_definitions(frontdesk_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    FRONTDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(frontdesk_compile_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's qCDebug(category) << ... is a variadic macro called without variadic arguments.
        target_compile_options(frontdesk_compile_settings INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(FRONTDESK_WERROR)
        target_compile_options(frontdesk_compile_settings INTERFACE -Werror)
    endif()
    if(FRONTDESK_SANITIZE)
        target_compile_options(frontdesk_compile_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(frontdesk_compile_settings INTERFACE -fsanitize=address,undefined)
    endif()
    if(FRONTDESK_FUZZ)
        # Coverage for libFuzzer in every library; only the fuzz binaries link its main.
        target_compile_options(frontdesk_compile_settings INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(frontdesk_compile_settings INTERFACE /W4 /utf-8 $<$<BOOL:${FRONTDESK_WERROR}>:/WX>)
endif()
