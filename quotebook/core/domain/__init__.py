"""What a library holds, as plain values, and the rules every value follows."""
