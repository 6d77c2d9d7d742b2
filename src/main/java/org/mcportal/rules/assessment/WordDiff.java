package org.mcportal.rules.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of a previous attempt's text against this one, for the assessor of a
 * resubmission.
 *
 * <p>Words are runs of non-whitespace and compare exactly; whitespace is carried with the word
 * before it but never compared, so re-wrapped lines do not show as changes. Unchanged text is shown
 * with this attempt's spacing.
 *
 * <p>Bounded cost: the common beginning and end are matched first, then Myers' O(ND) algorithm runs
 * on the middle with at most {@link #MAX_EDITS} word insertions and deletions. That keeps time near
 * (N + M) × 1,000 steps and memory near 1,000² integers for texts of 20,000 words or more. When the
 * middle needs more edits than that, it is shown as removed whole and added whole, and {@link
 * #replacedWhole()} says so: a rewrite that large reads better that way anyway.
 *
 * @param segments in reading order; within a change, what was removed comes before what was added
 */
public record WordDiff(List<Segment> segments, boolean replacedWhole) {

  public static final int MAX_EDITS = 1000;

  private static final Pattern WORD = Pattern.compile("(?U)\\S+\\s*");
  private static final Pattern LEADING_SPACE = Pattern.compile("(?U)^\\s*");

  public WordDiff {
    segments = List.copyOf(segments);
  }

  public enum Kind {
    UNCHANGED,
    ADDED,
    REMOVED
  }

  /** A run of words, with the whitespace after each. */
  public record Segment(Kind kind, String text) {
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** True when the texts have the same words in the same order. */
  public boolean unchanged() {
    return segments.stream().allMatch(s -> s.kind() == Kind.UNCHANGED);
  }

  public static WordDiff between(String previous, String current) {
    return between(previous, current, MAX_EDITS);
  }

  static WordDiff between(String previous, String current, int maxEdits) {
    List<String[]> a = tokens(previous);
    List<String[]> b = tokens(current);
    int[][] words = ids(a, b);
    int[] x = words[0];
    int[] y = words[1];
    int prefix = 0;
    while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < x.length - prefix
        && suffix < y.length - prefix
        && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
      suffix++;
    }
    Builder out = new Builder(a, b);
    for (int i = 0; i < prefix; i++) {
      out.same(i);
    }
    List<int[]> middle =
        myers(x, prefix, x.length - suffix, y, prefix, y.length - suffix, maxEdits);
    boolean whole = middle == null;
    if (whole) {
      for (int i = prefix; i < x.length - suffix; i++) {
        out.removed(i);
      }
      for (int j = prefix; j < y.length - suffix; j++) {
        out.added(j);
      }
    } else {
      for (int[] op : middle) {
        switch (op[0]) {
          case 0 -> out.same(op[2]);
          case 1 -> out.removed(op[1]);
          default -> out.added(op[2]);
        }
      }
    }
    for (int j = y.length - suffix; j < y.length; j++) {
      out.same(j);
    }
    return new WordDiff(out.finish(), whole);
  }

  /**
   * Myers' greedy shortest edit script on x[x0, x1) and y[y0, y1).
   *
   * @return ops {kind, i, j} with kind 0 = same, 1 = removed x[i], 2 = added y[j]; null when more
   *     than {@code maxEdits} edits are needed
   */
  private static List<int[]> myers(int[] x, int x0, int x1, int[] y, int y0, int y1, int maxEdits) {
    int n = x1 - x0;
    int m = y1 - y0;
    int max = Math.min(n + m, maxEdits);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      // Only diagonals -d..d are read when backtracking from step d, so that slice is all we keep.
      int[] snapshot = new int[2 * d + 1];
      for (int k = -d; k <= d; k += 2) {
        int i;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          i = v[offset + k + 1];
        } else {
          i = v[offset + k - 1] + 1;
        }
        int j = i - k;
        while (i < n && j < m && x[x0 + i] == y[y0 + j]) {
          i++;
          j++;
        }
        v[offset + k] = i;
        if (i >= n && j >= m) {
          found = d;
        }
      }
      for (int k = -d; k <= d; k++) {
        snapshot[k + d] = v[offset + k];
      }
      trace.add(snapshot);
    }
    if (found < 0) {
      return null;
    }
    List<int[]> ops = new ArrayList<>();
    int i = n;
    int j = m;
    for (int d = found; d > 0; d--) {
      int[] previous = trace.get(d - 1);
      int k = i - j;
      int prevK;
      if (k == -d || (k != d && at(previous, d - 1, k - 1) < at(previous, d - 1, k + 1))) {
        prevK = k + 1;
      } else {
        prevK = k - 1;
      }
      int prevI = at(previous, d - 1, prevK);
      int prevJ = prevI - prevK;
      while (i > prevI && j > prevJ) {
        ops.add(new int[] {0, x0 + i - 1, y0 + j - 1});
        i--;
        j--;
      }
      if (prevK == k + 1) {
        ops.add(new int[] {2, -1, y0 + j - 1});
        j--;
      } else {
        ops.add(new int[] {1, x0 + i - 1, -1});
        i--;
      }
    }
    while (i > 0 && j > 0) {
      ops.add(new int[] {0, x0 + i - 1, y0 + j - 1});
      i--;
      j--;
    }
    Collections.reverse(ops);
    return ops;
  }

  private static int at(int[] snapshot, int d, int k) {
    return k < -d || k > d ? -1 : snapshot[k + d];
  }

  /** Words with the whitespace after them; leading whitespace joins the first word. */
  private static List<String[]> tokens(String text) {
    List<String[]> tokens = new ArrayList<>();
    Matcher lead = LEADING_SPACE.matcher(text);
    String leading = lead.find() ? lead.group() : "";
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String piece = word.group();
      String bare = piece.strip();
      tokens.add(new String[] {bare, tokens.isEmpty() ? leading + piece : piece});
    }
    return tokens;
  }

  /** Words as small integers, equal for equal words, so the inner loop compares ints. */
  private static int[][] ids(List<String[]> a, List<String[]> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = new int[a.size()];
    int[] y = new int[b.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = ids.computeIfAbsent(a.get(i)[0], w -> ids.size());
    }
    for (int j = 0; j < y.length; j++) {
      y[j] = ids.computeIfAbsent(b.get(j)[0], w -> ids.size());
    }
    return new int[][] {x, y};
  }

  /** Joins consecutive words of one kind, and puts removals before additions within a change. */
  private static final class Builder {
    private final List<String[]> a;
    private final List<String[]> b;
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder same = new StringBuilder();
    private final StringBuilder removed = new StringBuilder();
    private final StringBuilder added = new StringBuilder();

    Builder(List<String[]> a, List<String[]> b) {
      this.a = a;
      this.b = b;
    }

    void same(int j) {
      flushChange();
      same.append(b.get(j)[1]);
    }

    void removed(int i) {
      flushSame();
      removed.append(a.get(i)[1]);
    }

    void added(int j) {
      flushSame();
      added.append(b.get(j)[1]);
    }

    List<Segment> finish() {
      flushSame();
      flushChange();
      return segments;
    }

    private void flushSame() {
      if (same.length() > 0) {
        segments.add(new Segment(Kind.UNCHANGED, same.toString()));
        same.setLength(0);
      }
    }

    private void flushChange() {
      if (removed.length() > 0) {
        segments.add(new Segment(Kind.REMOVED, removed.toString()));
        removed.setLength(0);
      }
      if (added.length() > 0) {
        segments.add(new Segment(Kind.ADDED, added.toString()));
        added.setLength(0);
      }
    }
  }
}
