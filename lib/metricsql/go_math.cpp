// math.Pow as specified by Go: special cases, then x**frac via exp/log and x**int by repeated
// squaring of the frexp mantissa.
#include "metricsql/go_math.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

namespace telc::metricsql {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool is_odd_int(double x) {
  if (std::fabs(x) >= 9007199254740992.0) {
    return false;
  }
  double integral = 0;
  const double frac = std::modf(x, &integral);
  return frac == 0 && std::fmod(integral, 2.0) != 0;
}

// The special cases of Go's Pow, in its order; returns false when none applies.
bool special_pow(double x, double y, double& out) {
  if (y == 0 || x == 1) {
    out = 1;
    return true;
  }
  if (y == 1) {
    out = x;
    return true;
  }
  if (std::isnan(x) || std::isnan(y)) {
    out = kNaN;
    return true;
  }
  if (x == 0) {
    if (y < 0) {
      out = (std::signbit(x) && is_odd_int(y)) ? -kInf : kInf;
    } else {
      out = (std::signbit(x) && is_odd_int(y)) ? x : 0;
    }
    return true;
  }
  if (std::isinf(y)) {
    if (x == -1) {
      out = 1;
    } else if ((std::fabs(x) < 1) == (y > 0)) {
      out = 0;
    } else {
      out = kInf;
    }
    return true;
  }
  if (std::isinf(x)) {
    if (x < 0) {
      out = go_pow(1 / x, -y);
      return true;
    }
    out = y < 0 ? 0 : kInf;
    return true;
  }
  if (y == 0.5) {
    out = std::sqrt(x);
    return true;
  }
  if (y == -0.5) {
    out = 1 / std::sqrt(x);
    return true;
  }
  return false;
}

}  // namespace

double go_pow(double x, double y) {
  double special = 0;
  if (special_pow(x, y, special)) {
    return special;
  }
  double yi = 0;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) {
    return kNaN;
  }
  if (yi >= 9223372036854775808.0) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return kInf;
  }
  double a1 = 1.0;
  int ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = std::exp(yf * std::log(x));
  }
  int xe = 0;
  double x1 = std::frexp(x, &xe);
  for (auto i = static_cast<std::int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;  // catastrophic overflow; ldexp handles it
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return std::ldexp(a1, ae);
}

}  // namespace telc::metricsql

namespace telc::metricsql {
namespace {

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;

// Go's atan (Cephes): a rational approximation on [0, 0.66] after range reduction.
double xatan(double x) {
  constexpr double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                   p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02,
                   p4 = -6.485021904942025371773e+01;
  constexpr double q0 = +2.485846490142306297962e+01, q1 = +1.650270098316988542046e+02,
                   q2 = +4.328810604912902668951e+02, q3 = +4.853903996359136964868e+02,
                   q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
  return x * z + x;
}

double satan(double x) {
  constexpr double kMoreBits = 6.123233995736765886130e-17;
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) {
    return xatan(x);
  }
  if (x > kTan3Pi8) {
    return kPi / 2 - xatan(1 / x) + kMoreBits;
  }
  return kPi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * kMoreBits;
}

double go_atan(double x) {
  if (x == 0) {
    return x;
  }
  return x > 0 ? satan(x) : -satan(-x);
}

}  // namespace

double go_atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (y == 0) {
    return (x >= 0 && !std::signbit(x)) ? std::copysign(0.0, y) : std::copysign(kPi, y);
  }
  if (x == 0) {
    return std::copysign(kPi / 2, y);
  }
  if (std::isinf(x)) {
    if (x > 0) {
      return std::isinf(y) ? std::copysign(kPi / 4, y) : std::copysign(0.0, y);
    }
    return std::isinf(y) ? std::copysign(3 * kPi / 4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) {
    return std::copysign(kPi / 2, y);
  }
  const double q = go_atan(y / x);
  if (x < 0) {
    return q <= 0 ? q + kPi : q - kPi;
  }
  return q;
}

}  // namespace telc::metricsql
