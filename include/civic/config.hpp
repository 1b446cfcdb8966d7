// civic — configuration: version, header-only switch, ABI namespace, export macros.
//
// civic can be used header-only (define CIVIC_HEADER_ONLY=1 before including, or link the
// civic::header_only target) or as a compiled library (the default: link civic::civic).
// Both flavours expose the same API; the mode is folded into an inline namespace so that
// translation units built in different modes can never be linked together silently.
#pragma once

#define CIVIC_VERSION_MAJOR 0
#define CIVIC_VERSION_MINOR 1
#define CIVIC_VERSION_PATCH 0
#define CIVIC_VERSION_STRING "0.1.0"

#ifndef CIVIC_HEADER_ONLY
#define CIVIC_HEADER_ONLY 0
#endif

// Shared-library builds export the API explicitly (hidden visibility is the default there).
#if CIVIC_HEADER_ONLY || !defined(CIVIC_SHARED)
#define CIVIC_API
#elif defined(_WIN32)
#ifdef CIVIC_BUILDING_LIBRARY
#define CIVIC_API __declspec(dllexport)
#else
#define CIVIC_API __declspec(dllimport)
#endif
#else
#define CIVIC_API __attribute__((visibility("default")))
#endif

// Definitions live in impl/*.ipp. Header-only mode includes them everywhere as inline
// functions; compiled mode compiles them once in src/.
#if CIVIC_HEADER_ONLY
#define CIVIC_FUNC inline
#else
#define CIVIC_FUNC CIVIC_API
#endif

#define CIVIC_CONCAT_IMPL(a, b, c) a##b##c
#define CIVIC_CONCAT(a, b, c) CIVIC_CONCAT_IMPL(a, b, c)
#if CIVIC_HEADER_ONLY
#define CIVIC_ABI_NAMESPACE CIVIC_CONCAT(v, CIVIC_VERSION_MAJOR, _ho)
#else
#define CIVIC_ABI_NAMESPACE CIVIC_CONCAT(v, CIVIC_VERSION_MAJOR, _lib)
#endif

#define CIVIC_NAMESPACE_BEGIN \
    namespace civic {         \
    inline namespace CIVIC_ABI_NAMESPACE {
#define CIVIC_NAMESPACE_END \
    }                       \
    }

// For the few functions of the innermost loops that the compiler would keep out of line for
// having many callers (the phrase trie's lookup, called from every phrase search).
#if defined(_MSC_VER)
#define CIVIC_ALWAYS_INLINE __forceinline
#elif defined(__GNUC__) || defined(__clang__)
#define CIVIC_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CIVIC_ALWAYS_INLINE inline
#endif
