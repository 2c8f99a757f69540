#include "demorandom.h"

namespace mestring::core::demo {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_seed(seed)
{
    quint64 x = seed;
    for (quint64 &word : m_state)
        word = splitmix64(x);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

DemoRandom DemoRandom::fork(quint64 stream) const
{
    quint64 x = m_seed ^ (stream * 0xd1b54a32d192ed03ull);
    return DemoRandom(splitmix64(x));
}

int DemoRandom::uniform(int lo, int hi)
{
    if (hi <= lo) return lo;
    const quint64 range = quint64(qint64(hi) - qint64(lo) + 1);
    // Multiply-shift: the bias for ranges this small is far below anything a demo could show.
    const quint64 r = ((next() >> 32) * range) >> 32;
    return int(qint64(lo) + qint64(r));
}

bool DemoRandom::chance(int permille)
{
    return uniform(0, 999) < permille;
}

int DemoRandom::weighted(std::initializer_list<int> weights)
{
    return weighted(weights.begin(), weights.size());
}

int DemoRandom::weighted(const int *weights, std::size_t count)
{
    int total = 0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    if (total <= 0) return 0;
    int r = uniform(0, total - 1);
    for (std::size_t i = 0; i < count; ++i) {
        if (r < weights[i]) return int(i);
        r -= weights[i];
    }
    return int(count) - 1;
}

} // namespace mestring::core::demo
