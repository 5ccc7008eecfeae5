/** The CustomFunctions.Error a TOSP function throws for bad input, so a test can check its code and message. */
export function cellError(call: () => unknown): { code: string; message?: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the function to return an error to the cell");
}
