#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <vector>

#include <QtGlobal>

#include "core/domain/enums.h"

namespace mestring::core::demo {

/// xoshiro256** seeded through splitmix64: a small PRNG whose output is the same on every
/// platform and standard library (std distributions are implementation-defined).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    /// An independent generator for sub-stream `stream` (a client, a group...), so that what one
    /// record draws never shifts the draws of another.
    DemoRandom fork(quint64 stream) const;

    /// Uniform integer in [lo, hi], both inclusive.
    int uniform(int lo, int hi);
    /// True with probability permille / 1000.
    bool chance(int permille);
    /// Index into `weights`, chosen with probability proportional to its weight.
    int weighted(std::initializer_list<int> weights);
    int weighted(const int *weights, std::size_t count);

    template <typename T> const T &pick(const std::vector<T> &values)
    {
        return values[std::size_t(uniform(0, int(values.size()) - 1))];
    }

private:
    std::array<quint64, 4> m_state {};
    quint64 m_seed = 0;
};

/// Picks enum values by weight, but hands out every allowed value that has not occurred yet
/// first, so that even the small demo holds every value of every closed list.
template <typename E, std::size_t N = std::size_t(enumCount<E>())> class Cover
{
public:
    using Weights = std::array<int, N>;

    E pick(DemoRandom &rng, const Weights &weights)
    {
        const E value = choose(rng, weights);
        mark(value);
        return value;
    }
    /// As pick(), but leaves the value unmarked, for a caller that may not use it.
    E choose(DemoRandom &rng, const Weights &weights) const
    {
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (weights[i] > 0 && !(m_seen & (1u << i))) return E(i);
        }
        return E(rng.weighted(weights.data(), weights.size()));
    }
    void mark(E value) { m_seen |= 1u << std::size_t(value); }
    bool seen(E value) const { return m_seen & (1u << std::size_t(value)); }

private:
    quint32 m_seen = 0;
};

} // namespace mestring::core::demo
