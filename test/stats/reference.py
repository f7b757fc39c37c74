"""Reference values for test/stats/*.test.ts, computed independently with numpy/scipy (scipy 1.17.1, numpy 2.4.6).
Run: python3 test/stats/reference.py   (the tests quote the numbers it prints, with the line they come from)."""
import numpy as np
from scipy import stats
from scipy.optimize import brentq, linprog

X = [0.61, 0.48, 0.72, 0.55, 0.48, 0.80, 0.67, 0.59, 0.70, 0.52, 0.63, 0.75]
Y = [0.58, 0.50, 0.69, 0.60, 0.47, 0.78, 0.61, 0.55, 0.74, 0.50, 0.66, 0.70]
Z = [12, 9, 15, 11, 10, 17, 13, 12, 16, 9, 14, 15]
A = [1.18, 0.92, 1.51, 0.77, 1.34, 1.02, 1.66, 0.88, 1.21, 1.40]
B = [0.81, 1.02, 0.64, 0.95, 0.58, 1.10, 0.72, 0.69, 0.90, 0.77, 0.99, 0.60, 0.85]


def show(name, value):
    print(f'{name}: {value!r}')


show('rankdata(X)', list(stats.rankdata(X)))
r = stats.spearmanr(X, Y); show('spearmanr(X,Y)', (r.statistic, r.pvalue))
r = stats.spearmanr(X, Y, alternative='greater'); show('spearmanr(X,Y,greater)', (r.statistic, r.pvalue))
# Strong correlation, tiny p: x = 0..999, y = x + 1.5 ((379 x) mod 1000).
lx = np.arange(1000); ly = lx + 1.5 * ((379 * lx) % 1000)
r = stats.spearmanr(lx, ly); show('spearmanr(lx,ly)', (r.statistic, r.pvalue))
r = stats.pearsonr(X, Y); show('pearsonr(X,Y)', (r.statistic, r.pvalue))
r = stats.kendalltau(X, Y, method='asymptotic'); show('kendalltau(X,Y,asymptotic)', (r.statistic, r.pvalue))
r = stats.kendalltau(X, Z, method='asymptotic'); show('kendalltau(X,Z,asymptotic)', (r.statistic, r.pvalue))
# Large, tie-heavy: bx = (37 i) mod 50, by = bx + (53 i) mod 80, i < 3000.
bx = [(i * 37) % 50 for i in range(3000)]; by = [bx[i] + (i * 53) % 80 for i in range(3000)]
r = stats.kendalltau(bx, by, method='asymptotic'); show('kendalltau(bx,by)', (r.statistic, r.pvalue))

# Partial Spearman by residuals: correlate the residuals of rank(X) and rank(Y) after regressing each on rank(Z).
rx, ry, rz = (stats.rankdata(v) for v in (X, Y, Z))
res = lambda v: v - np.polyval(np.polyfit(rz, v, 1), rz)
pr = np.corrcoef(res(rx), res(ry))[0, 1]
t = pr * np.sqrt((len(X) - 3) / (1 - pr ** 2))
show('partial spearman(X,Y|Z) residual method, p t(n-3)', (pr, 2 * stats.t.sf(abs(t), len(X) - 3)))

for equal in (True, False):
    r = stats.ttest_ind(A, B, equal_var=equal); show(f'ttest_ind(A,B,equal_var={equal})', (r.statistic, r.pvalue, r.df))
r = stats.ttest_ind(A, B, equal_var=True, alternative='less'); show('ttest_ind(A,B,less)', (r.statistic, r.pvalue))
r = stats.ttest_ind_from_stats(0.53, 1.22, 25, 0.0, 1.0, 100, equal_var=False); show('welch_from_stats(0.53,1.22,25 | 0,1,100)', (r.statistic, r.pvalue))
sa, sb = np.std(A, ddof=1), np.std(B, ddof=1)
pooled = np.sqrt(((len(A) - 1) * sa ** 2 + (len(B) - 1) * sb ** 2) / (len(A) + len(B) - 2))
show('cohen d(A,B) by hand', (np.mean(A) - np.mean(B)) / pooled)
for d in (0.2, 0.5, 0.8, -0.85):
    show(f'norm.cdf({d}/sqrt2)', stats.norm.cdf(d / np.sqrt(2)))

for args in [(1, 10, 0.5), (2.5, 3, 1), (-1, 5, 2), (3, 123, 2.5), (10, 20, 12), (40, 50, 40), (0, 10, -1), (-2, 7, -3)]:
    show(f'nct.cdf{args}', stats.nct.cdf(*args))


def power(d, n1, n2, alpha=0.05, two=True):
    df = n1 + n2 - 2; ncp = d * np.sqrt(n1 * n2 / (n1 + n2))
    c = stats.t.ppf(1 - (alpha / 2 if two else alpha), df)
    return stats.nct.sf(c, df, ncp) + (stats.nct.cdf(-c, df, ncp) if two else 0)


show('power(0.5,25,100,two-sided)', power(0.5, 25, 100))
show('power(0.5,25,100,greater)', power(0.5, 25, 100, two=False))
show('power(0.5,64,64)', power(0.5, 64, 64)); show('power(0.5,63,63)', power(0.5, 63, 63))
show('power(0.8,26,26)', power(0.8, 26, 26)); show('power(0.8,25,25)', power(0.8, 25, 25))
show('power(0.5,40,160)', power(0.5, 40, 160)); show('power(0.5,39,156)', power(0.5, 39, 156))
show('detectable d(25,100,0.8,two-sided)', brentq(lambda d: power(d, 25, 100) - 0.8, 0.1, 2, xtol=1e-14))
show('detectable d(25,100,0.8,greater)', brentq(lambda d: power(d, 25, 100, two=False) - 0.8, 0.1, 2, xtol=1e-14))

V = [0.41, 0.52, 0.47, 0.60, 0.38, 0.55]
m, s, n = np.mean(V), np.std(V, ddof=1), len(V)
show('t interval 95% (n-1)', stats.t.interval(0.95, n - 1, loc=m, scale=s / np.sqrt(n)))
show('z interval 95% (n)', stats.norm.interval(0.95, loc=m, scale=np.std(V) / np.sqrt(n)))

for d, p in [(-0.85, 0.00), (-0.26, 0.25), (0.44, 0.06), (0.48, 0.03)]:
    tt = [(d - h) * np.sqrt(2500 / 125) for h in (0.005, -0.005)]
    ps = [2 * stats.t.sf(abs(v), 123) for v in tt]
    show(f'd={d} n=25/100: p(d), p over rounding interval', (2 * stats.t.sf(abs(d) * np.sqrt(20), 123), sorted(ps)))
show('t(28)=2.20 p, p(2.195), p(2.205)', [2 * stats.t.sf(v, 28) for v in (2.20, 2.195, 2.205)])

W = [1.0, 1.2, 1.9, 2.1, 2.2, 5.8, 6.0, 6.1, 6.3, 7.0, 7.4]
g1, g2 = stats.skew(W, bias=False), stats.kurtosis(W, bias=False); n = len(W)
show('skew,kurtosis(bias=False),BC(W)', (g1, g2, (g1 ** 2 + 1) / (g2 + 3 * (n - 1) ** 2 / ((n - 2) * (n - 3)))))


def dip_lp(x):
    """Exact dip by linear programming, independent of Hartigan's algorithm: min eps such that a continuous CDF G,
    piecewise linear on the distinct values u_j, stays in the band C_j/n - eps <= G(u_j) <= C_{j-1}/n + eps, is
    nondecreasing within [0, 1], and has slopes that rise up to some knot k and fall after it; minimum over k."""
    u, counts = np.unique(np.asarray(x, float), return_counts=True)
    C = np.cumsum(counts) / len(x); Cb = np.r_[0, C[:-1]]; m = len(u)
    best = np.inf
    for k in range(m):
        A_ub, b_ub = [], []
        for j in range(m):
            r = np.zeros(m + 1); r[j] = -1; r[m] = -1; A_ub.append(r); b_ub.append(-C[j])
            r = np.zeros(m + 1); r[j] = 1; r[m] = -1; A_ub.append(r); b_ub.append(Cb[j])
        for j in range(m - 1):
            r = np.zeros(m + 1); r[j] = 1; r[j + 1] = -1; A_ub.append(r); b_ub.append(0)

        def slope(j):
            r = np.zeros(m + 1); h = u[j + 1] - u[j]; r[j + 1] = 1 / h; r[j] = -1 / h; return r
        for j in range(m - 2):
            if j + 1 < k: A_ub.append(slope(j) - slope(j + 1)); b_ub.append(0)
            elif j >= k: A_ub.append(slope(j + 1) - slope(j)); b_ub.append(0)
        c = np.zeros(m + 1); c[m] = 1
        res = linprog(c, A_ub=np.array(A_ub), b_ub=np.array(b_ub), bounds=[(0, 1)] * m + [(0, None)], method='highs')
        if res.status == 0: best = min(best, res.fun)
    return best


DIP_SAMPLES = [
    [0.1, 0.5, 0.9],
    W,
    [0, 0, 1, 1, 1, 2, 3, 3, 5, 5, 5, 5],
    [3.2, 0.4, 1.1, 7.5, 2.2, 0.9, 1.6, 4.4, 0.2, 2.9, 1.3, 0.7, 5.1, 1.9],
    [0.11, 0.15, 0.19, 0.2, 0.24, 0.3, 1.0, 1.02, 1.05, 1.1, 1.14, 2.0, 2.03, 2.05, 2.1, 2.2],
]
for s in DIP_SAMPLES:
    show(f'dip_lp({s})', dip_lp(s))
