import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/rate-limit";

describe("the client address for rate limits", () => {
  it("is the address the trusted proxy saw, not one the client wrote into X-Forwarded-For", () => {
    // nginx appends the peer it saw: a client that sends its own header only adds entries to the left.
    expect(clientAddressFrom("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("1.1.1.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2,203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("counts from the right through every trusted proxy", () => {
    // client → CDN → nginx → portal: the CDN saw the client, nginx saw the CDN.
    expect(clientAddressFrom("6.6.6.6, 203.0.113.9, 198.51.100.7", 2)).toBe("203.0.113.9");
    // Fewer entries than hops: the leftmost is all there is.
    expect(clientAddressFrom("203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it("has no address without the header", () => {
    expect(clientAddressFrom(null, 1)).toBeNull();
    expect(clientAddressFrom(" , ", 1)).toBeNull();
  });
});
