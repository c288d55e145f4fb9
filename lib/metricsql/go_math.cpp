// math.Pow as specified by Go: special cases, then x**frac via exp/log and x**int by repeated
// squaring of the frexp mantissa.
#include "metricsql/go_math.hpp"

#include <cmath>
#include <cstdint>
#include <limits>

namespace telc::metricsql {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
bool is_odd_int(double left) {
  if (std::fabs(left) >= 9007199254740992.0) {
    return false;
  }
  double integral = 0;
  const double frac = std::modf(left, &integral);
  return frac == 0 && std::fmod(integral, 2.0) != 0;
}

// The special cases of Go's Pow, in its order; returns false when none applies.
bool special_pow(double left, double right, double& out) {
  if (right == 0 || left == 1) {
    out = 1;
    return true;
  }
  if (right == 1) {
    out = left;
    return true;
  }
  if (std::isnan(left) || std::isnan(right)) {
    out = kNaN;
    return true;
  }
  if (left == 0) {
    if (right < 0) {
      out = (std::signbit(left) && is_odd_int(right)) ? -kInf : kInf;
    } else {
      out = (std::signbit(left) && is_odd_int(right)) ? left : 0;
    }
    return true;
  }
  if (std::isinf(right)) {
    if (left == -1) {
      out = 1;
    } else if ((std::fabs(left) < 1) == (right > 0)) {
      out = 0;
    } else {
      out = kInf;
    }
    return true;
  }
  if (std::isinf(left)) {
    if (left < 0) {
      out = go_pow(1 / left, -right);
      return true;
    }
    out = right < 0 ? 0 : kInf;
    return true;
  }
  if (right == 0.5) {
    out = std::sqrt(left);
    return true;
  }
  if (right == -0.5) {
    out = 1 / std::sqrt(left);
    return true;
  }
  return false;
}

}  // namespace

double go_pow(double left, double right) {
  double special = 0;
  if (special_pow(left, right, special)) {
    return special;
  }
  double yi = 0;
  double yf = std::modf(std::fabs(right), &yi);
  if (yf != 0 && left < 0) {
    return kNaN;
  }
  if (yi >= 9223372036854775808.0) {
    if (left == -1) return 1;
    if ((std::fabs(left) < 1) == (right > 0)) return 0;
    return kInf;
  }
  double a1 = 1.0;
  int ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = std::exp(yf * std::log(left));
  }
  int xe = 0;
  double x1 = std::frexp(left, &xe);
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
  if (right < 0) {
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
double xatan(double left) {
  constexpr double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                   p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02,
                   p4 = -6.485021904942025371773e+01;
  constexpr double q0 = +2.485846490142306297962e+01, q1 = +1.650270098316988542046e+02,
                   q2 = +4.328810604912902668951e+02, q3 = +4.853903996359136964868e+02,
                   q4 = +1.945506571482613964425e+02;
  double z = left * left;
  z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
  return left * z + left;
}

double satan(double left) {
  constexpr double kMoreBits = 6.123233995736765886130e-17;
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (left <= 0.66) {
    return xatan(left);
  }
  if (left > kTan3Pi8) {
    return kPi / 2 - xatan(1 / left) + kMoreBits;
  }
  return kPi / 4 + xatan((left - 1) / (left + 1)) + 0.5 * kMoreBits;
}

double go_atan(double left) {
  if (left == 0) {
    return left;
  }
  return left > 0 ? satan(left) : -satan(-left);
}

}  // namespace

double go_atan2(double right, double left) {
  if (std::isnan(right) || std::isnan(left)) {
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (right == 0) {
    return (left >= 0 && !std::signbit(left)) ? std::copysign(0.0, right) : std::copysign(kPi, right);
  }
  if (left == 0) {
    return std::copysign(kPi / 2, right);
  }
  if (std::isinf(left)) {
    if (left > 0) {
      return std::isinf(right) ? std::copysign(kPi / 4, right) : std::copysign(0.0, right);
    }
    return std::isinf(right) ? std::copysign(3 * kPi / 4, right) : std::copysign(kPi, right);
  }
  if (std::isinf(right)) {
    return std::copysign(kPi / 2, right);
  }
  const double q = go_atan(right / left);
  if (left < 0) {
    return q <= 0 ? q + kPi : q - kPi;
  }
  return q;
}

}  // namespace telc::metricsql
